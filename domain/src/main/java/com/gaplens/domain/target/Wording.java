package com.gaplens.domain.target;

import com.gaplens.domain.shared.Require;

/**
 * How a commitment is said to customers and teams ("paying takes less than a minute"): non-blank, at
 * most {@value #MAX_LENGTH} characters, surrounding white space stripped.
 */
public record Wording(String text) {

    public static final int MAX_LENGTH = 1_000;

    public Wording {
        text = Require.text(text, "wording", MAX_LENGTH);
    }

    public static Wording of(String text) {
        return new Wording(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
