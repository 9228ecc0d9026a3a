package com.gaplens.domain.shared;

/**
 * Checks for opaque identifiers: non-blank, at most 64 characters of {@code [A-Za-z0-9_-]}. Ids are
 * made by the application's id generator and never carry meaning.
 */
public final class Identifier {

    public static final int MAX_LENGTH = 64;

    private Identifier() {}

    public static String check(String value, String field) {
        Require.present(value, field);
        if (value.isEmpty() || value.length() > MAX_LENGTH || !value.chars().allMatch(Identifier::allowed)) {
            throw new InvalidInputException("MALFORMED_ID", field, field + " is not a valid identifier");
        }
        return value;
    }

    private static boolean allowed(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
