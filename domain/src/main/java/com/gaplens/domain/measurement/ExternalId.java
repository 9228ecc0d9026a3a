package com.gaplens.domain.measurement;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;

/**
 * The identifier a client gives a measurement, unique per tenant; it makes recording idempotent
 * (the same id with the same content is a duplicate, with other content a conflict). Any non-blank
 * text of at most {@value #MAX_LENGTH} characters, kept verbatim (white space included: it is the
 * client's key, not ours to rewrite).
 */
public record ExternalId(String value) {

    public static final int MAX_LENGTH = 255;

    public ExternalId {
        Require.present(value, "externalId");
        if (value.isBlank()) {
            throw new InvalidInputException("BLANK", "externalId", "externalId must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInputException(
                    "TOO_LONG",
                    "externalId",
                    "externalId must be at most " + MAX_LENGTH + " characters, got " + value.length());
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
