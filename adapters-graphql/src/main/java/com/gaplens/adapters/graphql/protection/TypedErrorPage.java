package com.gaplens.adapters.graphql.protection;

import com.gaplens.adapters.graphql.refusal.Refusals;
import graphql.GraphQLError;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where the servlet container forwards every request that failed outside GraphQL: a path nothing answers (404), a
 * method or media type an endpoint does not take (Actuator's, the CSV export's, the static page's: 405, 415, 406), a
 * request Spring could not read (400), credentials that do not open an Actuator endpoint (403), an exception nothing
 * handled (5xx). Spring Boot's own error controller answered these with its own JSON ({@code timestamp},
 * {@code status}, {@code path}) or, to a browser, its "Whitelabel" HTML page; being an {@link ErrorController}, this
 * one replaces it, and answers whatever the {@code Accept} header as every other refusal is answered: a GraphQL
 * error with {@code code}, {@code reason} and {@code classification}, with the status and the headers already set
 * ({@code Allow} for a 405). Asked for directly (not as the container's error dispatch), {@code /error} has no error
 * to render (Spring Boot answered 500 {@code {"status":999}}): 404 {@code NOT_FOUND} / {@code NO_SUCH_RESOURCE}, as
 * any unknown path. Nothing of the failure (its message, its class) reaches the client: a server failure is logged
 * with the {@code errorId} its answer quotes.
 */
@Controller
final class TypedErrorPage implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(TypedErrorPage.class);

    private final String graphQlPath;

    TypedErrorPage(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        this.graphQlPath = graphQlPath;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer given ? HttpStatus.resolve(given) : HttpStatus.NOT_FOUND;
        if (status == null || status.value() < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Refusals.write(response, status, refusal(status, request, response));
    }

    private GraphQLError refusal(HttpStatus status, HttpServletRequest request, HttpServletResponse response) {
        return switch (status) {
            case NOT_FOUND ->
                Refusals.error(
                        ErrorType.NOT_FOUND,
                        "NOT_FOUND",
                        "NO_SUCH_RESOURCE",
                        "There is nothing at this address; GraphQL is served at POST " + graphQlPath + ".",
                        Map.of());
            case METHOD_NOT_ALLOWED -> {
                String allowed = response.getHeader(HttpHeaders.ALLOW);
                yield validation(
                        "METHOD_NOT_ALLOWED",
                        allowed == null || allowed.isBlank()
                                ? "This address does not take this HTTP method."
                                : "This address takes " + allowed + " only.");
            }
            case UNSUPPORTED_MEDIA_TYPE ->
                validation("UNSUPPORTED_MEDIA_TYPE", "This address does not read a body of this content type.");
            case NOT_ACCEPTABLE ->
                validation("NOT_ACCEPTABLE", "This address cannot answer in a media type the Accept header takes.");
            case BAD_REQUEST ->
                validation("MALFORMED_REQUEST", "This address cannot read the request: check its parameters.");
            case UNAUTHORIZED -> Refusals.credentialsRequired();
            case FORBIDDEN ->
                Refusals.error(
                        ErrorType.FORBIDDEN,
                        "FORBIDDEN",
                        "ACCESS_DENIED",
                        "These credentials do not open this address.",
                        Map.of());
            default -> status.is5xxServerError() ? internal(request) : refused(status);
        };
    }

    private static GraphQLError validation(String reason, String message) {
        return Refusals.error(ErrorType.BAD_REQUEST, Refusals.VALIDATION, reason, message, Map.of());
    }

    private static GraphQLError refused(HttpStatus status) {
        return validation("REFUSED", "This request was refused (HTTP " + status.value() + ").");
    }

    /** Opaque to the client, as GraphQL's own internal errors are: an id to quote, the failure in the log only. */
    private static GraphQLError internal(HttpServletRequest request) {
        String errorId = UUID.randomUUID().toString();
        LOG.atError()
                .addKeyValue("errorId", errorId)
                .setCause((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))
                .log(
                        "INTERNAL_ERROR {} answering {} {}",
                        errorId,
                        request.getMethod(),
                        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        return Refusals.error(
                ErrorType.INTERNAL_ERROR,
                "INTERNAL_ERROR",
                "INTERNAL_ERROR",
                "An internal error occurred; quote error id " + errorId + " to the operators.",
                Map.of("errorId", errorId));
    }
}
