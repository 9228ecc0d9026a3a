package com.gaplens.adapters.graphql.security;

/** The call carries no valid credentials. Becomes an UNAUTHENTICATED GraphQL error. */
public final class UnauthenticatedException extends RuntimeException {
    public UnauthenticatedException(String message) {
        super(message);
    }
}
