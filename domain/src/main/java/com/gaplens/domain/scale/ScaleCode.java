package com.gaplens.domain.scale;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.util.regex.Pattern;

/**
 * The stable code of a scale, as measurements name it: UPPER_SNAKE ({@code NPS}, {@code CES_7},
 * {@code STORE_QUEUE_MINUTES}), at most {@value #MAX_LENGTH} characters, starting with a letter.
 */
public record ScaleCode(String value) {

    public static final int MAX_LENGTH = 40;

    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

    public ScaleCode {
        Require.present(value, "scaleCode");
        if (value.length() > MAX_LENGTH || !UPPER_SNAKE.matcher(value).matches()) {
            throw new InvalidInputException(
                    "MALFORMED_SCALE_CODE",
                    "scaleCode",
                    "scaleCode must be UPPER_SNAKE (A–Z, 0–9, single underscores, starting with a letter) and at most "
                            + MAX_LENGTH + " characters, got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
