package com.gaplens.domain.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The display name of a catalogue object (brand, brand value, segment, touchpoint): non-blank, at most
 * {@value #MAX_LENGTH} characters, surrounding white space stripped. Names are unique within their
 * scope <em>case-insensitively</em>: two names collide when their {@link #key()}s are equal.
 */
public record Name(String value) {

    public static final int MAX_LENGTH = 120;

    public Name {
        value = Require.text(value, "name", MAX_LENGTH);
    }

    public static Name of(String value) {
        return new Name(value);
    }

    /** The comparison key: Unicode NFKC, lower case (root locale), inner white space collapsed. */
    public String key() {
        return Normalizer.normalize(value, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }

    public boolean sameAs(Name other) {
        return key().equals(other.key());
    }

    @Override
    public String toString() {
        return value;
    }
}
