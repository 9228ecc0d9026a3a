package com.gaplens.domain.shared;

/** The thing named does not exist, or does not exist for the caller's tenant (the two are never told apart). */
public final class NotFoundException extends DomainException {

    public NotFoundException(String reason, String field, String message) {
        super(reason, field, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.NOT_FOUND;
    }

    @Override
    public NotFoundException under(String prefix) {
        return new NotFoundException(reason(), prefixed(prefix), getMessage());
    }
}
