package com.gaplens.application.port.out.contract;

import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.application.port.out.TenantRepository;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.Tenant;
import com.gaplens.domain.tenant.TenantId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TenantRepository} does. Extend it with a {@link #repository()} of the implementation. */
public abstract class TenantRepositoryContract {

    private final TenantId tenantA = new TenantId("t-" + UUID.randomUUID());
    private final TenantId tenantB = new TenantId("t-" + UUID.randomUUID());
    private TenantRepository repository;

    /** A repository to test; may hold data of other tests. */
    protected abstract TenantRepository repository();

    @BeforeEach
    void aRepository() {
        repository = repository();
    }

    @Test
    void aTenantIsStoredAtVersionOneAndFound() {
        repository.save(tenantA, Tenant.create(tenantA, Name.of("Maison Claire SA")));

        Tenant found = repository.find(tenantA).orElseThrow();

        assertThat(found.name()).isEqualTo(Name.of("Maison Claire SA"));
        assertThat(found.version()).isEqualTo(Version.of(1));
        assertThat(repository.find(tenantB)).isEmpty();
    }

    @Test
    void renamingAtAStaleVersionIsAConflict() {
        Tenant v1 = repository.save(tenantA, Tenant.create(tenantA, Name.of("Before")));
        Tenant stale = repository.find(tenantA).orElseThrow();
        v1.rename(Name.of("After"));
        repository.save(tenantA, v1);

        stale.rename(Name.of("Lost"));
        assertFails(() -> repository.save(tenantA, stale), ConflictException.class, "STALE_VERSION", "expectedVersion");
        assertThat(repository.find(tenantA).orElseThrow().name()).isEqualTo(Name.of("After"));
    }

    @Test
    void aTenantIsSavedOnlyUnderItsOwnId() {
        assertThatThrownBy(() -> repository.save(tenantB, Tenant.create(tenantA, Name.of("Maison Claire SA"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.find(tenantA)).isEmpty();
        assertThat(repository.find(tenantB)).isEmpty();
    }
}
