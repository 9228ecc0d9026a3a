package com.gaplens.domain.shared;

/** An input breaks an invariant of the domain. */
public final class InvalidInputException extends DomainException {

    public InvalidInputException(String reason, String field, String message) {
        super(reason, field, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.VALIDATION;
    }

    @Override
    public InvalidInputException under(String prefix) {
        return new InvalidInputException(reason(), prefixed(prefix), getMessage());
    }
}
