package com.gaplens.domain.target;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.time.Instant;

/**
 * A published, immutable version of a segment variant: numbered from 1, in force from {@code inForceFrom}
 * (inclusive) until the next version's start (exclusive), independently of the central versions. At any
 * instant, the effective target of the segment is the central version in force then with the variant
 * version in force then applied.
 */
public record SegmentVariantVersion(
        int number, Instant inForceFrom, Instant publishedAt, VariantAdjustments adjustments) {

    public SegmentVariantVersion {
        if (number < 1) {
            throw new InvalidInputException(
                    "MALFORMED_VERSION_NUMBER", "number", "published versions are numbered from 1");
        }
        Require.present(inForceFrom, "inForceFrom");
        Require.present(publishedAt, "publishedAt");
        Require.present(adjustments, "adjustments");
    }
}
