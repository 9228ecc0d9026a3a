package com.gaplens.adapters.graphql.security;

/**
 * The caller is known but its roles do not allow the operation. Becomes a {@code FORBIDDEN} error whose reason is
 * {@link #ROLE_REQUIRED}, the reason {@link AuthorizationInstrumentation} gives a GraphQL field refused for a missing
 * role, so that a client branches on one reason whichever door it came through.
 */
public final class ForbiddenException extends RuntimeException {

    /** The credentials grant none of the roles the operation needs. */
    public static final String ROLE_REQUIRED = "ROLE_REQUIRED";

    public ForbiddenException(String message) {
        super(message);
    }

    /** The stable identifier of the refusal: {@link #ROLE_REQUIRED}. */
    public String reason() {
        return ROLE_REQUIRED;
    }
}
