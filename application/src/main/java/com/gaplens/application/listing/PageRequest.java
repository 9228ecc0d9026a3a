package com.gaplens.application.listing;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.util.Optional;

/**
 * A forward page request, Relay style: the first {@code first} items (1 to {@value #MAX_SIZE}) after the
 * item at {@code after} (exclusive), or from the start.
 */
public record PageRequest(int first, Optional<Cursor> after) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        if (first < 1 || first > MAX_SIZE) {
            throw new InvalidInputException(
                    "PAGE_SIZE_OUT_OF_RANGE", "first", "first must be between 1 and " + MAX_SIZE + ", got " + first);
        }
        Require.present(after, "after");
    }

    public static PageRequest first(int first) {
        return new PageRequest(first, Optional.empty());
    }

    /** From what a client sends: {@code first} (default {@value #DEFAULT_SIZE}) and an encoded cursor. */
    public static PageRequest of(Optional<Integer> first, Optional<String> after) {
        return new PageRequest(first.orElse(DEFAULT_SIZE), after.map(Cursor::decode));
    }

    public PageRequest after(Cursor cursor) {
        return new PageRequest(first, Optional.of(cursor));
    }
}
