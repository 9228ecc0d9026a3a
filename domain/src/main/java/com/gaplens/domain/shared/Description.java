package com.gaplens.domain.shared;

/** A free-text description: non-blank, at most {@value #MAX_LENGTH} characters, surrounding white space stripped. */
public record Description(String value) {

    public static final int MAX_LENGTH = 2_000;

    public Description {
        value = Require.text(value, "description", MAX_LENGTH);
    }

    public static Description of(String value) {
        return new Description(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
