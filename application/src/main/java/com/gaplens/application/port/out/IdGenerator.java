package com.gaplens.application.port.out;

/**
 * Makes new, globally unique, opaque identifiers: at most 64 characters of {@code [A-Za-z0-9_-]}
 * (see {@link com.gaplens.domain.shared.Identifier}). Never reused, never meaningful.
 */
public interface IdGenerator {
    String newId();
}
