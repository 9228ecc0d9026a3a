package com.gaplens.domain.shared;

import java.util.Collection;
import java.util.Objects;

/** Guards used by compact constructors; each failure is an {@link InvalidInputException} naming the field. */
public final class Require {

    private Require() {}

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidInputException("REQUIRED", field, field + " is required");
        }
        return value;
    }

    /** A non-blank text of at most {@code maxLength} characters, stripped of surrounding white space. */
    public static String text(String value, String field, int maxLength) {
        present(value, field);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("BLANK", field, field + " must not be blank");
        }
        if (stripped.length() > maxLength) {
            throw new InvalidInputException(
                    "TOO_LONG",
                    field,
                    field + " must be at most " + maxLength + " characters, got " + stripped.length());
        }
        return stripped;
    }

    /** A finite number within [min, max]. */
    public static double within(double value, double min, double max, String reason, String field) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new InvalidInputException(
                    reason, field, field + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException("NOT_FINITE", field, field + " must be a finite number, got " + value);
        }
        return value;
    }

    public static <T> void noNulls(Collection<T> values, String field) {
        present(values, field);
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("REQUIRED", field, field + " must not contain empty entries");
        }
    }
}
