package com.gaplens.domain.gap;

import com.gaplens.domain.shared.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;

/**
 * The time buckets gaps are grouped by, in UTC. Each names the bucket an instant falls in by a key that
 * sorts in time order within its kind: {@code 2026-11-23} (day), {@code 2026-W48} (ISO week, of its
 * week-based year: 2027-01-01 is in {@code 2026-W53}), {@code 2026-11} (month), {@code 2026-Q4} (quarter),
 * {@code 2026} (year).
 */
public enum TimeBucket {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR;

    /** The key of the bucket of this kind {@code instant} falls in, in UTC. */
    public String keyOf(Instant instant) {
        Require.present(instant, "instant");
        LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return switch (this) {
            case DAY -> date.toString();
            case WEEK ->
                padded(date.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W"
                        + padded(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case MONTH -> padded(date.getYear(), 4) + "-" + padded(date.getMonthValue(), 2);
            case QUARTER -> padded(date.getYear(), 4) + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> padded(date.getYear(), 4);
        };
    }

    /** {@code value} in at least {@code width} digits, zeros in front (as {@code %04d} writes it; ingestion writes
     * five keys per measurement, and {@code String.format} costs more than the rest of a key's work). */
    private static String padded(int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        String zeros = "0".repeat(Math.max(0, width - (value < 0 ? 1 : 0) - digits.length()));
        return (value < 0 ? "-" : "") + zeros + digits;
    }
}
