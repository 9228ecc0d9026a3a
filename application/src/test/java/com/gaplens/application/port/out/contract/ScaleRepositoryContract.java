package com.gaplens.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.application.port.out.ScaleRepository;
import com.gaplens.domain.scale.Direction;
import com.gaplens.domain.scale.Scale;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.scale.TenantScale;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ScaleRepository} does. Extend it with a {@link #repository()} of the implementation. */
public abstract class ScaleRepositoryContract {

    private final TenantId tenantA = new TenantId("t-" + UUID.randomUUID());
    private final TenantId tenantB = new TenantId("t-" + UUID.randomUUID());
    private ScaleRepository repository;

    protected abstract ScaleRepository repository();

    @BeforeEach
    void aRepository() {
        repository = repository();
    }

    private TenantScale stars(TenantId tenant) {
        return TenantScale.create(
                tenant,
                Scale.define(
                        new ScaleCode("STARS_10"),
                        "Stars out of ten",
                        0,
                        10,
                        Direction.HIGHER_IS_BETTER,
                        false,
                        OptionalDouble.of(20.5)));
    }

    @Test
    void aScaleIsStoredExactlyAtVersionOneAndFoundByItsCode() {
        repository.save(tenantA, stars(tenantA));

        TenantScale found = repository.find(tenantA, new ScaleCode("STARS_10")).orElseThrow();

        assertThat(found.scale()).isEqualTo(stars(tenantA).scale());
        assertThat(found.scale().defaultDispersion()).isEqualTo(20.5);
        assertThat(found.status()).isEqualTo(LifecycleStatus.ACTIVE);
        assertThat(found.version()).isEqualTo(Version.of(1));
        assertThat(repository.find(tenantB, new ScaleCode("STARS_10"))).isEmpty();
    }

    @Test
    void aCodeIsUniquePerTenantButFreeAcrossTenants() {
        repository.save(tenantA, stars(tenantA));
        repository.save(tenantB, stars(tenantB));

        assertThatThrownBy(() -> repository.save(tenantA, stars(tenantA)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.reason()).isEqualTo("DUPLICATE_SCALE_CODE");
                    assertThat(e.field()).contains("scaleCode");
                });
        assertThat(repository.findAll(tenantA)).hasSize(1);
    }

    @Test
    void archivingIsStoredAndAStaleCopyCannotOverwriteIt() {
        TenantScale v1 = repository.save(tenantA, stars(tenantA));
        TenantScale stale = repository.find(tenantA, v1.code()).orElseThrow();
        v1.archive();
        repository.save(tenantA, v1);

        assertThat(repository.find(tenantA, v1.code()).orElseThrow().status()).isEqualTo(LifecycleStatus.ARCHIVED);
        assertThatThrownBy(() -> repository.save(tenantA, stale))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.reason()).isEqualTo("STALE_VERSION"));
    }

    @Test
    void allScalesOfATenantComeOrderedByCode() {
        repository.save(tenantA, stars(tenantA));
        repository.save(
                tenantA,
                TenantScale.create(
                        tenantA,
                        Scale.define(
                                new ScaleCode("ON_TIME"),
                                "Served on time",
                                0,
                                100,
                                Direction.HIGHER_IS_BETTER,
                                true,
                                OptionalDouble.empty())));

        assertThat(repository.findAll(tenantA))
                .extracting(s -> s.code().value())
                .containsExactly("ON_TIME", "STARS_10");
        assertThat(repository.findAll(tenantB)).isEmpty();
    }

    @Test
    void aScaleIsSavedOnlyUnderItsOwnTenant() {
        assertThatThrownBy(() -> repository.save(tenantB, stars(tenantA))).isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.findAll(tenantB)).isEmpty();
    }
}
