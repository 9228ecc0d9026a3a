package com.gaplens.bootstrap.web;

import com.gaplens.adapters.graphql.refusal.Refusals;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * The answer to a request the web server refuses before GapLens reads it: a request line and headers over {@code
 * server.max-http-request-header-size} (a CSV export's URL with too many ids), or a request line that is not HTTP.
 * Tomcat answers these with its own HTML page; this valve answers them as every other refusal is answered
 * ({@link Refusals}): {@code VALIDATION} / {@code HEADERS_TOO_LARGE} with {@code limit}, {@code VALIDATION} /
 * {@code MALFORMED_REQUEST}, {@code REFUSED_BY_WEB_SERVER} for any other 4xx, and for a 5xx (the server starting or
 * stopping) {@code UNAVAILABLE} or {@code INTERNAL_ERROR}, which a client may retry. It names neither the server nor
 * its version. An error GapLens answered itself has its body already and is left alone.
 */
public final class JsonErrorReportValve extends ErrorReportValve {

    private final DataSize headerLimit;

    public JsonErrorReportValve(DataSize headerLimit) {
        this.headerLimit = headerLimit;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        try {
            Refusal refusal = refusal(status, cause(request, throwable));
            Refusals.write(
                    response,
                    known == null ? HttpStatus.BAD_REQUEST : known,
                    refusal.code(),
                    refusal.reason(),
                    refusal.message(),
                    refusal.details());
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot take a body: the status line is all it gets
        }
    }

    private static Throwable cause(Request request, Throwable throwable) {
        return throwable != null ? throwable : (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    }

    /** What the answer says: its code, reason, message and details ({@code limit}). */
    private record Refusal(String code, String reason, String message, Map<String, Object> details) {}

    private Refusal refusal(int status, Throwable cause) {
        String said = cause == null || cause.getMessage() == null
                ? ""
                : cause.getMessage().toLowerCase(Locale.ROOT);
        if (status == 400 && said.contains("too large")) {
            return new Refusal(
                    Refusals.VALIDATION,
                    "HEADERS_TOO_LARGE",
                    "The request line and headers may hold at most " + headerLimit.toBytes() + " bytes; this"
                            + " request's hold more. Put fewer ids in the URL (biGapRows over GraphQL takes longer"
                            + " lists).",
                    Map.of("limit", headerLimit.toBytes()));
        }
        if (status == 400) {
            return validation(
                    "MALFORMED_REQUEST",
                    "The web server refused this request before GapLens read it: its request line or headers break"
                            + " HTTP's rules (characters outside the URL syntax must be percent-encoded; a path may not"
                            + " climb above the root).");
        }
        if (status == 503) {
            return new Refusal(
                    Refusals.UNAVAILABLE,
                    "SERVER_UNAVAILABLE",
                    "The server is starting or stopping; retry in a moment.",
                    Map.of());
        }
        if (status >= 500) {
            return new Refusal(
                    "INTERNAL_ERROR",
                    "INTERNAL_ERROR",
                    "The web server failed to answer this request (HTTP " + status + "); retry it.",
                    Map.of());
        }
        return validation(
                "REFUSED_BY_WEB_SERVER",
                "The web server refused this request before GapLens read it (HTTP " + status + ").");
    }

    private static Refusal validation(String reason, String message) {
        return new Refusal(Refusals.VALIDATION, reason, message, Map.of());
    }
}
