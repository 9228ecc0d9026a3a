package com.gaplens.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidInstantsTest {

    @Test
    void theFirstAndLastInstantsAreValidAndTheirNeighboursAreNot() {
        assertThat(ValidInstants.contains(Instant.parse("1970-01-01T00:00:00Z")))
                .isTrue();
        assertThat(ValidInstants.contains(Instant.parse("9999-12-31T23:59:59.999Z")))
                .isTrue();
        assertThat(ValidInstants.contains(Instant.parse("1969-12-31T23:59:59.999Z")))
                .isFalse();
        assertThat(ValidInstants.contains(Instant.parse("+10000-01-01T00:00:00Z")))
                .isFalse();
        assertThat(ValidInstants.contains(LocalDate.of(1970, 1, 1))).isTrue();
        assertThat(ValidInstants.contains(LocalDate.of(1969, 12, 31))).isFalse();
    }

    @Test
    void anInstantOutOfRangeIsRefusedOnItsField() {
        assertThatThrownBy(() -> ValidInstants.check(Instant.parse("-999999999-01-01T00:00:00Z"), "observedAt"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.reason()).isEqualTo("INSTANT_OUT_OF_RANGE");
                    assertThat(e.field()).contains("observedAt");
                });
        assertThatThrownBy(() -> ValidInstants.check(Instant.parse("0000-01-01T00:00:00Z"), "observedAt"))
                .isInstanceOf(InvalidInputException.class);
    }
}
