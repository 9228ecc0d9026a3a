package com.gaplens.domain.shared;

import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;

class VersionAndNameTest {

    @Test
    void aNeverStoredAggregateIsAtVersionZeroAndEachSaveAddsOne() {
        assertThat(Version.NEW.value()).isZero();
        assertThat(Version.NEW.isNew()).isTrue();
        assertThat(Version.NEW.next()).isEqualTo(Version.of(1));
        assertThat(Version.of(1).isNew()).isFalse();
    }

    @Test
    void anExpectedVersionOtherThanTheCurrentOneIsStale() {
        // given the current version 3
        Version current = Version.of(3);

        // when / then
        assertThatNoException().isThrownBy(() -> current.ensureMatches(Version.of(3)));
        ConflictException failure = assertFails(
                () -> current.ensureMatches(Version.of(2)),
                ConflictException.class,
                "STALE_VERSION",
                "expectedVersion");
        assertThat(failure.getMessage()).contains("expected version 2, current version 3");
    }

    @Test
    void aNegativeVersionIsMalformed() {
        assertFails(() -> Version.of(-1), InvalidInputException.class, "MALFORMED_VERSION", "expectedVersion");
    }

    @Test
    void namesAreStrippedAndCompareCaseInsensitively() {
        Name name = Name.of("  Simplicité  ");

        assertThat(name.value()).isEqualTo("Simplicité");
        assertThat(name.sameAs(Name.of("SIMPLICITÉ"))).isTrue();
        assertThat(name.sameAs(Name.of("simplicite"))).isFalse();
        assertThat(Name.of("Web   cart").sameAs(Name.of("web cart"))).isTrue();
    }

    @Test
    void aNameIsNonBlankAndAtMost120Characters() {
        assertThat(Name.of("x".repeat(120)).value()).hasSize(120);
        assertFails(() -> Name.of("x".repeat(121)), InvalidInputException.class, "TOO_LONG", "name");
        assertFails(() -> Name.of("   "), InvalidInputException.class, "BLANK", "name");
        assertFails(() -> Name.of(null), InvalidInputException.class, "REQUIRED", "name");
    }

    @Test
    void aDescriptionIsAtMost2000Characters() {
        assertThat(Description.of("d".repeat(2_000)).value()).hasSize(2_000);
        assertFails(() -> Description.of("d".repeat(2_001)), InvalidInputException.class, "TOO_LONG", "description");
    }
}
