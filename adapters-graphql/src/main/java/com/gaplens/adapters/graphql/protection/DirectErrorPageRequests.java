package com.gaplens.adapters.graphql.protection;

import com.gaplens.adapters.graphql.refusal.Refusals;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the servlet container forwards a failed request to render its error; asked for directly,
 * it has no error to render (Spring Boot answered 500 {@code {"status":999}}). Registered for direct requests only
 * (not for error dispatches): answers 404 {@code NOT_FOUND} / {@code NO_SUCH_RESOURCE}, as any unknown path would.
 */
final class DirectErrorPageRequests extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        Refusals.write(
                response,
                HttpStatus.NOT_FOUND,
                Refusals.error(
                        ErrorType.NOT_FOUND,
                        "NOT_FOUND",
                        "NO_SUCH_RESOURCE",
                        "There is nothing at " + "/error" + "; GraphQL is served at /graphql.",
                        Map.of()));
    }
}
