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
                String.format(
                        "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case QUARTER -> String.format("%04d-Q%d", date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> String.format("%04d", date.getYear());
        };
    }
}
