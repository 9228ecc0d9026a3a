package com.gaplens.bootstrap.web;

import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a request the web server refuses before GapLens reads it: a request line and headers over {@code
 * server.max-http-request-header-size} (a CSV export's URL with too many ids), or a request line that is not HTTP.
 * Tomcat answers these with its own HTML page; this valve answers them as every other refusal is answered, a GraphQL
 * error in JSON ({@code VALIDATION} / {@code HEADERS_TOO_LARGE} with {@code limit}, {@code VALIDATION} /
 * {@code MALFORMED_REQUEST}, or {@code REFUSED_BY_WEB_SERVER} for any other status), naming neither the server nor
 * its version. An error GapLens answered itself has its
 * body already and is left alone.
 */
public final class JsonErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSize headerLimit;

    public JsonErrorReportValve(DataSize headerLimit) {
        this.headerLimit = headerLimit;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(body(response.getStatus(), cause(request, throwable))));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot take a body: the status line is all it gets
        }
    }

    private static Throwable cause(Request request, Throwable throwable) {
        return throwable != null ? throwable : (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    }

    private ErrorBody body(int status, Throwable cause) {
        String said = cause == null || cause.getMessage() == null
                ? ""
                : cause.getMessage().toLowerCase(Locale.ROOT);
        if (status == 400 && said.contains("too large")) {
            return ErrorBody.of(
                    "The request line and headers may hold at most " + headerLimit.toBytes() + " bytes; this request's"
                            + " hold more. Put fewer ids in the URL (biGapRows over GraphQL takes longer lists).",
                    "HEADERS_TOO_LARGE",
                    headerLimit.toBytes());
        }
        if (status == 400) {
            return ErrorBody.of(
                    "The web server refused this request before GapLens read it: its request line or headers break"
                            + " HTTP's rules (characters outside the URL syntax must be percent-encoded; a path may not"
                            + " climb above the root).",
                    "MALFORMED_REQUEST",
                    null);
        }
        return ErrorBody.of(
                "The web server refused this request before GapLens read it (HTTP " + status + ").",
                "REFUSED_BY_WEB_SERVER",
                null);
    }
}
