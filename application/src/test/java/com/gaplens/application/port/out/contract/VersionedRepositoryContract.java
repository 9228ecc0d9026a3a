package com.gaplens.application.port.out.contract;

import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rules every repository of a versioned aggregate keeps, whatever stores it: optimistic concurrency,
 * copies in and out, tenant isolation, forward paging. Each test works in two fresh tenants of its own, so
 * an implementation needs no cleaning between tests.
 *
 * <p>An implementation's contract extends the port's contract (e.g. {@link BrandRepositoryContract}), which
 * fills the hooks below.
 *
 * @param <A> the aggregate
 */
public abstract class VersionedRepositoryContract<A> {

    /** The tenant the test works in. */
    protected final TenantId tenantA = freshTenant();
    /** Another tenant, that must never see nor touch {@link #tenantA}'s objects. */
    protected final TenantId tenantB = freshTenant();

    protected static TenantId freshTenant() {
        return new TenantId("t-" + UUID.randomUUID());
    }

    /** A new aggregate (never stored) of {@code tenant} with id {@code id}, showing {@code marker} where {@link #markerOf} reads it. */
    protected abstract A newAggregate(TenantId tenant, String id, String marker);

    /** The aggregate changed so that {@link #markerOf} reads {@code marker}; same version. */
    protected abstract A changed(A aggregate, String marker);

    protected abstract String markerOf(A aggregate);

    /** The same aggregate rebuilt at {@code version}. */
    protected abstract A atVersion(A aggregate, Version version);

    /** The same aggregate rebuilt as belonging to {@code tenant}. */
    protected abstract A ofTenant(A aggregate, TenantId tenant);

    protected abstract Version versionOf(A aggregate);

    protected abstract String idOf(A aggregate);

    protected abstract A save(TenantId tenant, A aggregate);

    protected abstract Optional<A> find(TenantId tenant, String id);

    /** The tenant's aggregates of the kind, unfiltered, in the list's default order. */
    protected abstract Page<A> list(TenantId tenant, PageRequest page);

    @Test
    void aNewAggregateIsStoredAtVersionOneAndFoundAsSaved() {
        A saved = save(tenantA, newAggregate(tenantA, "x-1", "first"));

        assertThat(versionOf(saved)).isEqualTo(Version.of(1));
        A found = find(tenantA, "x-1").orElseThrow();
        assertThat(versionOf(found)).isEqualTo(Version.of(1));
        assertThat(markerOf(found)).isEqualTo("first");
        assertThat(found).usingRecursiveComparison().isEqualTo(saved);
    }

    @Test
    void savingAtTheStoredVersionStoresTheNextVersion() {
        A v1 = save(tenantA, newAggregate(tenantA, "x-1", "first"));

        A v2 = save(tenantA, changed(v1, "second"));

        assertThat(versionOf(v2)).isEqualTo(Version.of(2));
        A found = find(tenantA, "x-1").orElseThrow();
        assertThat(versionOf(found)).isEqualTo(Version.of(2));
        assertThat(markerOf(found)).isEqualTo("second");
    }

    @Test
    void savingAtAStaleVersionIsAConflictAndChangesNothing() {
        // given two writers who both read version 1
        save(tenantA, newAggregate(tenantA, "x-1", "first"));
        A readByOne = find(tenantA, "x-1").orElseThrow();
        A readByTwo = find(tenantA, "x-1").orElseThrow();
        save(tenantA, changed(readByOne, "one wins"));

        // when the second one saves
        assertFails(
                () -> save(tenantA, changed(readByTwo, "two loses")),
                ConflictException.class,
                "STALE_VERSION",
                "expectedVersion");

        // then
        A found = find(tenantA, "x-1").orElseThrow();
        assertThat(markerOf(found)).isEqualTo("one wins");
        assertThat(versionOf(found)).isEqualTo(Version.of(2));
    }

    @Test
    void savingANewAggregateWhoseIdIsTakenIsAConflict() {
        save(tenantA, newAggregate(tenantA, "x-1", "first"));

        assertFails(
                () -> save(tenantA, newAggregate(tenantA, "x-1", "again")),
                ConflictException.class,
                "STALE_VERSION",
                "expectedVersion");
        assertThat(markerOf(find(tenantA, "x-1").orElseThrow())).isEqualTo("first");
    }

    @Test
    void savingAtAVersionThatWasNeverStoredIsAConflict() {
        A neverStored = atVersion(newAggregate(tenantA, "x-1", "first"), Version.of(3));

        assertFails(() -> save(tenantA, neverStored), ConflictException.class, "STALE_VERSION", "expectedVersion");
        assertThat(find(tenantA, "x-1")).isEmpty();
    }

    @Test
    void changesMadeAfterSavingDoNotReachTheStore() {
        A aggregate = newAggregate(tenantA, "x-1", "first");
        A saved = save(tenantA, aggregate);

        changed(aggregate, "changed in memory");
        changed(saved, "changed in memory");

        assertThat(markerOf(find(tenantA, "x-1").orElseThrow())).isEqualTo("first");
    }

    @Test
    void anotherTenantNeitherFindsNorListsIt() {
        save(tenantA, newAggregate(tenantA, "x-1", "first"));

        assertThat(find(tenantB, "x-1")).isEmpty();
        assertThat(list(tenantB, PageRequest.first(100)).items()).isEmpty();
        assertThat(list(tenantA, PageRequest.first(100)).items()).hasSize(1);
    }

    @Test
    void savingForOneTenantAnAggregateOfAnotherIsRefusedAndWritesNothing() {
        A ofTenantA = newAggregate(tenantA, "x-1", "first");

        assertThatThrownBy(() -> save(tenantB, ofTenantA)).isInstanceOf(IllegalArgumentException.class);
        assertThat(find(tenantA, "x-1")).isEmpty();
        assertThat(find(tenantB, "x-1")).isEmpty();
    }

    @Test
    void anotherTenantCannotOverwriteAnAggregateEvenKnowingItsIdAndVersion() {
        // given tenant A's aggregate at version 1
        A ofTenantA = save(tenantA, newAggregate(tenantA, "x-1", "first"));

        // when tenant B saves its own aggregate with that id at version 1
        A forged = changed(ofTenant(ofTenantA, tenantB), "forged");
        assertFails(() -> save(tenantB, forged), ConflictException.class, "STALE_VERSION", "expectedVersion");

        // then
        A found = find(tenantA, "x-1").orElseThrow();
        assertThat(markerOf(found)).isEqualTo("first");
        assertThat(versionOf(found)).isEqualTo(Version.of(1));
        assertThat(find(tenantB, "x-1")).isEmpty();
    }

    @Test
    void aListIsPagedForwardWithCursorsUntilTheLastPage() {
        // given five aggregates
        for (int i = 1; i <= 5; i++) {
            save(tenantA, newAggregate(tenantA, "x-" + i, "marker " + i));
        }
        List<String> all = list(tenantA, PageRequest.first(100)).items().stream()
                .map(this::idOf)
                .toList();

        // when paging by two
        Page<A> first = list(tenantA, PageRequest.first(2));
        Page<A> second =
                list(tenantA, PageRequest.first(2).after(first.endCursor().orElseThrow()));
        Page<A> third =
                list(tenantA, PageRequest.first(2).after(second.endCursor().orElseThrow()));

        // then
        assertThat(all).containsExactlyInAnyOrder("x-1", "x-2", "x-3", "x-4", "x-5");
        List<String> paged = new ArrayList<>();
        for (Page<A> page : List.of(first, second, third)) {
            page.items().forEach(a -> paged.add(idOf(a)));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(first.items()).hasSize(2);
        assertThat(first.hasNextPage()).isTrue();
        assertThat(first.hasPreviousPage()).isFalse();
        assertThat(second.hasNextPage()).isTrue();
        assertThat(second.hasPreviousPage()).isTrue();
        assertThat(third.items()).hasSize(1);
        assertThat(third.hasNextPage()).isFalse();
        assertThat(first.edges().getLast().cursor()).isEqualTo(first.endCursor().orElseThrow());
    }

    @Test
    void aPageAfterTheLastItemIsEmpty() {
        save(tenantA, newAggregate(tenantA, "x-1", "first"));
        Page<A> only = list(tenantA, PageRequest.first(10));

        Page<A> after =
                list(tenantA, PageRequest.first(10).after(only.endCursor().orElseThrow()));

        assertThat(only.hasNextPage()).isFalse();
        assertThat(after.items()).isEmpty();
        assertThat(after.hasNextPage()).isFalse();
        assertThat(after.endCursor()).isEmpty();
    }
}
