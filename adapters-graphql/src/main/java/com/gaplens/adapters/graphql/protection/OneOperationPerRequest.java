package com.gaplens.adapters.graphql.protection;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses batched requests: a JSON array of operations in one HTTP body (which would multiply every
 * per-request limit) gets HTTP 400 with {@code VALIDATION} / {@code BATCHING_NOT_SUPPORTED}; a body that is not a
 * JSON object at all, {@code VALIDATION} / {@code MALFORMED_REQUEST} (see {@link MalformedRequests}). Only the
 * leading whitespace and the first character of the body are read here; the body is passed on whole.
 * Runs after authentication: an anonymous call is answered 401 first.
 */
final class OneOperationPerRequest extends OncePerRequestFilter {

    private static final int MAX_LEADING_WHITESPACE = 1024;

    private static final byte[] REFUSAL = """
            {"errors":[{"message":"Send one operation per request: a JSON array of operations (batching) is not accepted.",\
            "extensions":{"code":"VALIDATION","reason":"BATCHING_NOT_SUPPORTED","classification":"BAD_REQUEST"}}]}""".getBytes(StandardCharsets.UTF_8);

    private final String path;

    OneOperationPerRequest(String path) {
        this.path = path;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !path.equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ServletInputStream body = request.getInputStream();
        ByteArrayOutputStream leading = new ByteArrayOutputStream();
        int first;
        do {
            first = body.read();
            if (first >= 0) {
                leading.write(first);
            }
        } while ((first == ' ' || first == '\t' || first == '\r' || first == '\n' || isByteOrderMark(first))
                && leading.size() < MAX_LEADING_WHITESPACE);
        if (first == '[' || first != '{') {
            // a batch; or no JSON object at all (empty, null, a number, a string…), which the framework would
            // otherwise fail on with an HTTP 500
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write(first == '[' ? REFUSAL : MalformedRequests.MALFORMED);
            return;
        }
        chain.doFilter(new Replayed(request, leading.toByteArray(), body), response);
    }

    /** The bytes of a UTF-8 byte order mark, which JSON parsers skip. */
    private static boolean isByteOrderMark(int b) {
        return b == 0xEF || b == 0xBB || b == 0xBF;
    }

    /** The request with the bytes already read put back in front of its body. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final ServletInputStream stream;

        Replayed(HttpServletRequest request, byte[] head, ServletInputStream rest) {
            super(request);
            this.stream = new ServletInputStream() {
                private int position;

                @Override
                public int read() throws IOException {
                    if (position < head.length) {
                        return head[position++] & 0xff;
                    }
                    return rest.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    if (length == 0) {
                        return 0;
                    }
                    if (position < head.length) {
                        int n = Math.min(length, head.length - position);
                        System.arraycopy(head, position, buffer, offset, n);
                        position += n;
                        return n;
                    }
                    return rest.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return position >= head.length && rest.isFinished();
                }

                @Override
                public boolean isReady() {
                    return position < head.length || rest.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    rest.setReadListener(listener);
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    stream, encoding != null ? java.nio.charset.Charset.forName(encoding) : StandardCharsets.UTF_8));
        }
    }
}
