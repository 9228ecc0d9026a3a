package com.gaplens.domain.gap;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The UTC days a view covers, both included: {@code from ≤ to}. Failures: {@code PERIOD_ENDS_BEFORE_IT_STARTS} on
 * {@code period.to}.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Require.present(from, "period.from");
        Require.present(to, "period.to");
        if (to.isBefore(from)) {
            throw new InvalidInputException(
                    "PERIOD_ENDS_BEFORE_IT_STARTS",
                    "period.to",
                    "the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(LocalDate day) {
        Require.present(day, "day");
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The first instant of the period, midnight UTC of {@code from}. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period, midnight UTC after {@code to}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
