package com.gaplens.domain.impact;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.time.LocalDate;

/**
 * The days a study covers, both included: {@code from ≤ to}. Failures: {@code REQUIRED} on {@code period.from} /
 * {@code period.to}; {@code PERIOD_ENDS_BEFORE_IT_STARTS} on {@code period.to}.
 */
public record StudyPeriod(LocalDate from, LocalDate to) {

    public StudyPeriod {
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
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
