package com.gaplens.application.port.out.contract;

import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.listing.NameOrder;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.TouchpointFilter;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TouchpointRepository} does. Extend it with a {@link #repository()} of the implementation. */
public abstract class TouchpointRepositoryContract extends VersionedRepositoryContract<Touchpoint> {

    private static final BrandId BRAND = new BrandId("b-1");
    private static final BrandId OTHER_BRAND = new BrandId("b-2");

    private TouchpointRepository repository;

    /** A repository to test; may hold data of other tests. */
    protected abstract TouchpointRepository repository();

    @BeforeEach
    void aRepository() {
        repository = repository();
    }

    private static Touchpoint touchpoint(
            TenantId tenant, String id, BrandId brand, String name, JourneyPhase phase, Channel channel) {
        return Touchpoint.create(tenant, new TouchpointId(id), brand, Name.of(name), phase, channel, Optional.empty());
    }

    @Override
    protected Touchpoint newAggregate(TenantId tenant, String id, String marker) {
        return touchpoint(tenant, id, BRAND, marker, JourneyPhase.PURCHASE, Channel.STORE);
    }

    @Override
    protected Touchpoint changed(Touchpoint touchpoint, String marker) {
        touchpoint.rename(Name.of(marker));
        return touchpoint;
    }

    @Override
    protected String markerOf(Touchpoint touchpoint) {
        return touchpoint.name().value();
    }

    @Override
    protected Touchpoint atVersion(Touchpoint t, Version version) {
        return Touchpoint.restore(
                t.tenantId(),
                t.id(),
                t.brandId(),
                t.name(),
                t.phase(),
                t.channel(),
                t.description(),
                t.status(),
                version);
    }

    @Override
    protected Touchpoint ofTenant(Touchpoint t, TenantId tenant) {
        return Touchpoint.restore(
                tenant,
                t.id(),
                t.brandId(),
                t.name(),
                t.phase(),
                t.channel(),
                t.description(),
                t.status(),
                t.version());
    }

    @Override
    protected Version versionOf(Touchpoint touchpoint) {
        return touchpoint.version();
    }

    @Override
    protected String idOf(Touchpoint touchpoint) {
        return touchpoint.id().value();
    }

    @Override
    protected Touchpoint save(TenantId tenant, Touchpoint touchpoint) {
        return repository.save(tenant, touchpoint);
    }

    @Override
    protected Optional<Touchpoint> find(TenantId tenant, String id) {
        return repository.find(tenant, new TouchpointId(id));
    }

    @Override
    protected Page<Touchpoint> list(TenantId tenant, PageRequest page) {
        return repository.list(tenant, TouchpointFilter.all(), page);
    }

    @Test
    void aTouchpointKeepsEverythingItSays() {
        Touchpoint touchpoint = Touchpoint.create(
                tenantA,
                new TouchpointId("tp-1"),
                BRAND,
                Name.of("Hotline"),
                JourneyPhase.AFTER_PURCHASE,
                Channel.PHONE,
                Optional.of(Description.of("Open 8 to 20")));
        Touchpoint saved = repository.save(tenantA, touchpoint);

        assertThat(repository.find(tenantA, new TouchpointId("tp-1")).orElseThrow())
                .usingRecursiveComparison()
                .isEqualTo(saved);
    }

    @Test
    void findAllReturnsTheTenantsTouchpointsAmongTheIdsAndSkipsTheRest() {
        repository.save(tenantA, newAggregate(tenantA, "tp-1", "Checkout"));
        repository.save(tenantA, newAggregate(tenantA, "tp-2", "Web cart"));
        repository.save(tenantB, newAggregate(tenantB, "tp-3", "Other tenant's"));

        List<Touchpoint> found = repository.findAll(
                tenantA, Set.of(new TouchpointId("tp-1"), new TouchpointId("tp-3"), new TouchpointId("tp-404")));

        assertThat(found).extracting(t -> t.id().value()).containsExactly("tp-1");
        assertThat(repository.findAll(tenantB, Set.of(new TouchpointId("tp-1"), new TouchpointId("tp-2"))))
                .isEmpty();
    }

    @Test
    void touchpointNamesAreUniquePerBrandCaseInsensitively() {
        repository.save(tenantA, newAggregate(tenantA, "tp-1", "Checkout"));

        assertFails(
                () -> repository.save(tenantA, newAggregate(tenantA, "tp-2", "checkout")),
                ConflictException.class,
                "DUPLICATE_NAME",
                "name");
        assertThat(repository
                        .save(
                                tenantA,
                                touchpoint(
                                        tenantA, "tp-3", OTHER_BRAND, "Checkout", JourneyPhase.PURCHASE, Channel.WEB))
                        .version())
                .isEqualTo(Version.of(1));
    }

    @Test
    void touchpointsAreFilteredByBrandPhaseChannelAndStatus() {
        repository.save(tenantA, touchpoint(tenantA, "tp-1", BRAND, "Checkout", JourneyPhase.PURCHASE, Channel.STORE));
        repository.save(tenantA, touchpoint(tenantA, "tp-2", BRAND, "Web cart", JourneyPhase.PURCHASE, Channel.WEB));
        repository.save(
                tenantA, touchpoint(tenantA, "tp-3", BRAND, "Hotline", JourneyPhase.AFTER_PURCHASE, Channel.PHONE));
        repository.save(
                tenantA, touchpoint(tenantA, "tp-4", OTHER_BRAND, "Kiosk", JourneyPhase.PURCHASE, Channel.STORE));
        Touchpoint archived = touchpoint(tenantA, "tp-5", BRAND, "Fax", JourneyPhase.PURCHASE, Channel.OTHER);
        archived.archive();
        repository.save(tenantA, archived);

        assertThat(ids(TouchpointFilter.ofBrand(BRAND))).containsExactly("tp-1", "tp-5", "tp-3", "tp-2");
        assertThat(ids(new TouchpointFilter(
                        Optional.of(BRAND),
                        Optional.of(JourneyPhase.PURCHASE),
                        Optional.empty(),
                        Optional.of(LifecycleStatus.ACTIVE),
                        NameOrder.NAME_ASCENDING)))
                .containsExactly("tp-1", "tp-2");
        assertThat(ids(new TouchpointFilter(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(Channel.STORE),
                        Optional.empty(),
                        NameOrder.NAME_DESCENDING)))
                .containsExactly("tp-4", "tp-1");
    }

    private List<String> ids(TouchpointFilter filter) {
        return repository.list(tenantA, filter, PageRequest.first(100)).items().stream()
                .map(t -> t.id().value())
                .toList();
    }
}
