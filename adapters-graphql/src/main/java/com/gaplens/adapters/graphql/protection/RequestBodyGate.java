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
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * What a POST to the GraphQL endpoint must be before anything parses it into objects, each refusal a GraphQL error:
 * <ol>
 *   <li>a concrete, well-formed {@code Content-Type} (a wildcard such as {@code *}{@code /*} or a malformed one is
 *       415 {@code VALIDATION} / {@code UNSUPPORTED_MEDIA_TYPE});</li>
 *   <li>at most {@code maxBodyBytes} bytes: a larger {@code Content-Length} is refused before a byte is read, a body
 *       sent without one is read up to the limit and no further (413 {@code VALIDATION} / {@code BODY_TOO_LARGE},
 *       with {@code limit} and {@code actual});</li>
 *   <li>one JSON object: a JSON array of operations (batching, which would multiply every per-request limit) is 400
 *       {@code BATCHING_NOT_SUPPORTED}, anything else that is not an object or not JSON 400
 *       {@code MALFORMED_REQUEST};</li>
 *   <li>at most {@code maxJsonValues} JSON values (numbers, strings, booleans, nulls, arrays and objects) in all,
 *       counted by a streaming scan that builds nothing (413 {@code VALIDATION} / {@code TOO_MANY_VALUES}): a
 *       variable of millions of tiny elements is refused before graphql-java coerces a single one.</li>
 * </ol>
 * The body is then handed on as read. Runs after authentication: an anonymous call is answered 401 first.
 */
final class RequestBodyGate extends OncePerRequestFilter {

    private static final JsonFactory JSON = new JsonFactory();

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
        return !"POST".equals(request.getMethod()) || !path.equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !concrete(contentType)) {
            refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, MalformedRequests.MEDIA_TYPE_ERROR);
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

    private static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
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
