package com.gaplens.domain.shared;

/** The change collides with the current state: a stale version, a duplicate name, a conflicting content. */
public final class ConflictException extends DomainException {

    public ConflictException(String reason, String field, String message) {
        super(reason, field, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }

    @Override
    public ConflictException under(String prefix) {
        return new ConflictException(reason(), prefixed(prefix), getMessage());
    }
}
