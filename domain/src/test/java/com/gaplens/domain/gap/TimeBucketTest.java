package com.gaplens.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeBucketTest {

    @Test
    void keysNameTheUtcBucketOfAnInstant() {
        Instant instant = Instant.parse("2026-11-23T23:59:59.999Z"); // a Monday

        assertThat(TimeBucket.DAY.keyOf(instant)).isEqualTo("2026-11-23");
        assertThat(TimeBucket.WEEK.keyOf(instant)).isEqualTo("2026-W48");
        assertThat(TimeBucket.MONTH.keyOf(instant)).isEqualTo("2026-11");
        assertThat(TimeBucket.QUARTER.keyOf(instant)).isEqualTo("2026-Q4");
        assertThat(TimeBucket.YEAR.keyOf(instant)).isEqualTo("2026");
    }

    @Test
    void theIsoWeekBelongsToItsWeekBasedYear() {
        // 2026 starts on a Thursday, so it has 53 ISO weeks and 2027-01-01 (a Friday) is in its last one
        assertThat(TimeBucket.WEEK.keyOf(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo("2026-W53");
        assertThat(TimeBucket.YEAR.keyOf(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo("2027");
        // 2024-12-30 is the Monday of the week holding 2025-01-02, the first Thursday of 2025
        assertThat(TimeBucket.WEEK.keyOf(Instant.parse("2024-12-30T08:00:00Z"))).isEqualTo("2025-W01");
        assertThat(TimeBucket.WEEK.keyOf(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo("2026-W01");
    }

    @Test
    void bucketsAreTakenInUtcWhateverTheOffsetTheInstantWasWrittenIn() {
        Instant lateEveningInNewYork = Instant.parse("2026-03-31T22:30:00-04:00"); // 2026-04-01T02:30Z

        assertThat(TimeBucket.DAY.keyOf(lateEveningInNewYork)).isEqualTo("2026-04-01");
        assertThat(TimeBucket.QUARTER.keyOf(lateEveningInNewYork)).isEqualTo("2026-Q2");
    }

    @Test
    void yearsOfFewerThanFourDigitsAreWrittenWithZerosInFrontAndLongerOnesInFull() {
        Instant early = Instant.parse("0987-02-03T00:00:00Z");
        Instant late = Instant.parse("+12345-06-07T00:00:00Z");

        assertThat(TimeBucket.DAY.keyOf(early)).isEqualTo("0987-02-03");
        assertThat(TimeBucket.MONTH.keyOf(early)).isEqualTo("0987-02");
        assertThat(TimeBucket.QUARTER.keyOf(early)).isEqualTo("0987-Q1");
        assertThat(TimeBucket.YEAR.keyOf(early)).isEqualTo("0987");
        assertThat(TimeBucket.WEEK.keyOf(Instant.parse("0987-01-09T00:00:00Z"))).isEqualTo("0987-W02");
        assertThat(TimeBucket.MONTH.keyOf(late)).isEqualTo("12345-06");
        assertThat(TimeBucket.YEAR.keyOf(late)).isEqualTo("12345");
        assertThat(TimeBucket.YEAR.keyOf(Instant.parse("-0042-06-07T00:00:00Z")))
                .isEqualTo("-042");
    }
}
