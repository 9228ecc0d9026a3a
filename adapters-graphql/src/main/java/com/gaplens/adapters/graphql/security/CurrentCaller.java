package com.gaplens.adapters.graphql.security;

import com.gaplens.application.port.in.AuthenticatedCaller;
import com.gaplens.domain.access.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of the request being served, for controllers: the tenant every use case acts for comes
 * from here, never from a field of the input. Its roles are checked before any GraphQL field runs, by
 * {@link AuthorizationInstrumentation} against the schema's {@code @auth} declarations, not here;
 * {@link #require} is for the plain HTTP endpoints (the CSV export).
 */
public final class CurrentCaller {

    private CurrentCaller() {}

    /**
     * The caller, who must hold {@code role}; otherwise a {@link ForbiddenException} whose message names the
     * {@code operation} and the role, worded as the GraphQL side words a field refused for a missing role.
     */
    public static AuthenticatedCaller require(Role role, String operation) {
        AuthenticatedCaller caller = get();
        if (!caller.may(role)) {
            throw new ForbiddenException(
                    operation + " needs the " + role + " role, which your credentials do not grant");
        }
        return caller;
    }

    /** The caller; an {@link UnauthenticatedException} when the call carries no valid credentials. */
    public static AuthenticatedCaller get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CallerAuthentication caller) {
            return caller.getPrincipal();
        }
        throw new UnauthenticatedException("this call needs credentials: send Authorization: Bearer <api key>");
    }
}
