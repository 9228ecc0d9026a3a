package com.gaplens.adapters.graphql.security;

/** The caller is known but its roles do not allow the operation. Becomes a FORBIDDEN GraphQL error. */
public final class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
