package com.gaplens.adapters.graphql.protection;

import com.gaplens.adapters.graphql.refusal.Refusals;
import graphql.GraphQLError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * What a request to the GraphQL endpoint must be before anything parses it into objects, each refusal a GraphQL
 * error:
 * <ol>
 *   <li>a POST: any other method is 405 {@code VALIDATION} / {@code METHOD_NOT_ALLOWED} with {@code Allow: POST}
 *       (Spring's own answers were a 405 without a body for GET, a 404 for the rest; a CORS preflight is left to
 *       whatever answers it);</li>
 *   <li>a body GraphQL reads: a {@code Content-Type} of {@code application/json} (or the older
 *       {@code application/graphql}, which Spring reads as JSON too). Anything else, none, a wildcard such as
 *       {@code *}{@code /*} or a malformed one is 415 {@code VALIDATION} / {@code UNSUPPORTED_MEDIA_TYPE} (Spring
 *       answered a 415 without a body);</li>
 *   <li>an answer GraphQL gives: an {@code Accept} header, when there is one, that takes JSON
 *       ({@code application/graphql-response+json}, {@code application/json}) or server-sent events; anything else
 *       is 406 {@code VALIDATION} / {@code NOT_ACCEPTABLE} (Spring answered a 415 without a body);</li>
 *   <li>at most {@code maxBodyBytes} bytes: a larger {@code Content-Length} is refused before a byte is read, a body
 *       sent without one is read up to the limit and no further (413 {@code VALIDATION} / {@code BODY_TOO_LARGE},
 *       with {@code limit} and {@code actual});</li>
 *   <li>one JSON object: a JSON array of operations (batching, which would multiply every per-request limit) is 400
 *       {@code VALIDATION} / {@code BATCHING_NOT_SUPPORTED}, anything else that is not an object or not JSON 400
 *       {@code VALIDATION} / {@code MALFORMED_REQUEST};</li>
 *   <li>at most {@code maxJsonValues} JSON values (numbers, strings, booleans, nulls, arrays and objects) in all,
 *       counted by a streaming scan that builds nothing (413 {@code VALIDATION} / {@code TOO_MANY_VALUES}): a
 *       variable of millions of tiny elements is refused before graphql-java coerces a single one.</li>
 * </ol>
 * The body is then handed on as read. Runs after authentication: an anonymous call is answered 401 first.
 */
final class RequestBodyGate extends OncePerRequestFilter {

    private static final JsonFactory JSON = new JsonFactory();

    /** The content types Spring's GraphQL handler reads, both as a JSON object. */
    private static final List<MediaType> READ =
            List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/graphql"));

    /** What GraphQL answers in: JSON, or server-sent events. */
    private static final List<MediaType> ANSWERED =
            List.of(MediaType.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM);

    private final String path;
    private final long maxBodyBytes;
    private final long maxJsonValues;

    RequestBodyGate(String path, long maxBodyBytes, long maxJsonValues) {
        this.path = path;
        this.maxBodyBytes = maxBodyBytes;
        this.maxJsonValues = maxJsonValues;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path.equals(request.getServletPath()) || CorsUtils.isPreFlightRequest(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, HttpMethod.POST.name());
            refuse(response, HttpStatus.METHOD_NOT_ALLOWED, MalformedRequests.METHOD_ERROR);
            return;
        }
        if (!readable(request.getContentType())) {
            refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, MalformedRequests.MEDIA_TYPE_ERROR);
            return;
        }
        if (!answerable(request.getHeaders(HttpHeaders.ACCEPT))) {
            refuse(response, HttpStatus.NOT_ACCEPTABLE, MalformedRequests.NOT_ACCEPTABLE_ERROR);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(declared));
            return;
        }
        byte[] body = request.getInputStream().readNBytes(Math.toIntExact(maxBodyBytes + 1));
        if (body.length > maxBodyBytes) {
            refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(body.length));
            return;
        }
        int first = firstSignificant(body);
        if (first != '{') {
            refuse(
                    response,
                    HttpStatus.BAD_REQUEST,
                    first == '[' ? MalformedRequests.BATCHING_ERROR : MalformedRequests.MALFORMED_ERROR);
            return;
        }
        long values;
        try {
            values = values(body);
        } catch (JacksonException malformed) {
            refuse(response, HttpStatus.BAD_REQUEST, MalformedRequests.MALFORMED_ERROR);
            return;
        }
        if (values > maxJsonValues) {
            refuse(
                    response,
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    Refusals.limitExceeded(
                            Refusals.VALIDATION,
                            "TOO_MANY_VALUES",
                            "A request may hold at most " + maxJsonValues + " JSON values in all; this one holds more"
                                    + " than that. Send fewer items per request.",
                            maxJsonValues,
                            values));
            return;
        }
        chain.doFilter(new Replayed(request, body), response);
    }

    private GraphQLError tooLarge(long actual) {
        return Refusals.limitExceeded(
                Refusals.VALIDATION,
                "BODY_TOO_LARGE",
                "A request body may hold at most " + maxBodyBytes + " bytes; this one holds at least " + actual
                        + ". Send fewer items per request.",
                maxBodyBytes,
                actual);
    }

    /** A content type of {@link #READ}: not absent, not malformed, not a wildcard (which none of them includes). */
    private static boolean readable(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return READ.stream().anyMatch(read -> read.includes(type));
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    /** No {@code Accept} header, or one that takes an answer GraphQL gives; a malformed one takes none. */
    private static boolean answerable(Enumeration<String> accept) {
        List<String> values = accept == null ? List.of() : Collections.list(accept);
        if (values.stream().allMatch(String::isBlank)) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(values).stream()
                    .anyMatch(type -> ANSWERED.stream().anyMatch(type::isCompatibleWith));
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    /** The first byte that is not whitespace or a UTF-8 byte order mark; -1 for an empty body. */
    private static int firstSignificant(byte[] body) {
        for (byte b : body) {
            int c = b & 0xff;
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xEF && c != 0xBB && c != 0xBF) {
                return c;
            }
        }
        return -1;
    }

    /** The JSON values of {@code body}, counted up to one past the limit; malformed JSON throws. */
    private long values(byte[] body) {
        long count = 0;
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isScalarValue() || token.isStructStart()) {
                    count++;
                    if (count > maxJsonValues) {
                        return count;
                    }
                }
            }
        }
        return count;
    }

    private static void refuse(HttpServletResponse response, HttpStatus status, GraphQLError error) throws IOException {
        Refusals.write(response, status, error);
    }

    /** The request with its body, already read, served again from memory. */
    static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The whole body is in memory: available at once, then all read. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException | RuntimeException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
