package com.gaplens.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.listing.ImpactStudyFilter;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.out.ImpactStudyRepository;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.impact.CommitmentReference;
import com.gaplens.domain.impact.ContinuousObservations;
import com.gaplens.domain.impact.ContinuousSummary;
import com.gaplens.domain.impact.Direction;
import com.gaplens.domain.impact.ImpactMetric;
import com.gaplens.domain.impact.ImpactStudy;
import com.gaplens.domain.impact.ImpactStudyId;
import com.gaplens.domain.impact.MetricKind;
import com.gaplens.domain.impact.ObservationBatchId;
import com.gaplens.domain.impact.RateObservations;
import com.gaplens.domain.impact.RateSummary;
import com.gaplens.domain.impact.StudyDefinition;
import com.gaplens.domain.impact.StudyGroup;
import com.gaplens.domain.impact.StudyPeriod;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ImpactStudyRepository} does. Extend it with a {@link #repository()} of the implementation. */
public abstract class ImpactStudyRepositoryContract extends VersionedRepositoryContract<ImpactStudy> {

    private static final BrandId BRAND = new BrandId("b-1");
    private static final BrandId OTHER_BRAND = new BrandId("b-2");
    private static final ImpactMetric WAIT =
            ImpactMetric.custom("WAIT_MINUTES", MetricKind.CONTINUOUS, Direction.LOWER_IS_BETTER);

    private ImpactStudyRepository repository;

    /** A repository to test; may hold data of other tests. */
    protected abstract ImpactStudyRepository repository();

    @BeforeEach
    void aRepository() {
        repository = repository();
    }

    private static ImpactStudy study(TenantId tenant, String id, BrandId brand, String initiative, LocalDate from) {
        return ImpactStudy.create(
                new ImpactStudyId(id),
                tenant,
                brand,
                StudyDefinition.of(
                        initiative,
                        new StudyPeriod(from, from.plusDays(30)),
                        List.of(ImpactMetric.RETENTION, ImpactMetric.ACQUISITION_COST)));
    }

    @Override
    protected ImpactStudy newAggregate(TenantId tenant, String id, String marker) {
        return study(tenant, id, BRAND, marker, LocalDate.of(2025, 1, 1));
    }

    /** Records a batch whose id spells the marker: the last batch recorded is what {@link #markerOf} reads. */
    @Override
    protected ImpactStudy changed(ImpactStudy study, String marker) {
        study.recordObservations(
                "RETENTION",
                StudyGroup.EXPOSED,
                new ObservationBatchId(marker.replace(' ', '_')),
                RateObservations.ofZeroOne(1, 0, 1));
        return study;
    }

    @Override
    protected String markerOf(ImpactStudy study) {
        var batches = study.observationBatches();
        return batches.isEmpty()
                ? study.definition().initiative()
                : batches.getLast().id().value().replace('_', ' ');
    }

    @Override
    protected ImpactStudy atVersion(ImpactStudy s, Version version) {
        return ImpactStudy.restore(
                s.id(), s.tenantId(), s.brandId(), s.definition(), s.observationBatches(), s.summaries(), version);
    }

    @Override
    protected ImpactStudy ofTenant(ImpactStudy s, TenantId tenant) {
        return ImpactStudy.restore(
                s.id(), tenant, s.brandId(), s.definition(), s.observationBatches(), s.summaries(), s.version());
    }

    @Override
    protected Version versionOf(ImpactStudy study) {
        return study.version();
    }

    @Override
    protected String idOf(ImpactStudy study) {
        return study.id().value();
    }

    @Override
    protected ImpactStudy save(TenantId tenant, ImpactStudy study) {
        return repository.save(tenant, study);
    }

    @Override
    protected Optional<ImpactStudy> find(TenantId tenant, String id) {
        return repository.find(tenant, new ImpactStudyId(id));
    }

    @Override
    protected Page<ImpactStudy> list(TenantId tenant, PageRequest page) {
        return repository.list(tenant, ImpactStudyFilter.all(), page);
    }

    @Test
    void aStudyKeepsItsDefinitionItsBatchesAndItsSummariesExactly() {
        // given every kind of data: a tenant metric, links, continuous and rate batches, both kinds of summary
        var definition = new StudyDefinition(
                "Same-day delivery with a fitting at the door",
                new StudyPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30)),
                List.of(
                        ImpactMetric.ACQUISITION_COST,
                        ImpactMetric.RETENTION,
                        ImpactMetric.UPSELL,
                        ImpactMetric.REVENUE_PER_CUSTOMER,
                        WAIT),
                Optional.of(new SegmentId("seg-1")),
                Set.of(new TouchpointId("tp-2"), new TouchpointId("tp-1")),
                Set.of(new CommitmentReference("c-9")));
        var study = ImpactStudy.create(new ImpactStudyId("s-1"), tenantA, BRAND, definition);
        study.recordObservations(
                "ACQUISITION_COST",
                StudyGroup.EXPOSED,
                new ObservationBatchId("b-1"),
                ContinuousObservations.of(38.0, 41.5, 0.1 + 0.2, -0.0, 1e-300));
        study.recordObservations(
                "RETENTION", StudyGroup.CONTROL, new ObservationBatchId("b-2"), RateObservations.ofZeroOne(1, 0, 0, 1));
        study.recordSummary("UPSELL", StudyGroup.EXPOSED, new RateSummary(1000, 460));
        study.recordSummary("REVENUE_PER_CUSTOMER", StudyGroup.CONTROL, new ContinuousSummary(12, 163.5, 9.43));
        study.recordObservations(
                "ACQUISITION_COST", StudyGroup.EXPOSED, new ObservationBatchId("b-3"), ContinuousObservations.of(7));

        // when
        ImpactStudy saved = repository.save(tenantA, study);
        ImpactStudy found = repository.find(tenantA, new ImpactStudyId("s-1")).orElseThrow();

        // then
        assertThat(found.definition()).isEqualTo(definition);
        assertThat(List.copyOf(found.definition().targetedTouchpoints()))
                .containsExactlyElementsOf(definition.targetedTouchpoints());
        assertThat(found.observationBatches()).isEqualTo(study.observationBatches());
        assertThat(found.summaries()).containsExactlyInAnyOrderElementsOf(study.summaries());
        assertThat(found.results()).isEqualTo(study.results());
        assertThat(found.version()).isEqualTo(saved.version()).isEqualTo(Version.of(1));
    }

    @Test
    void studiesAreListedByTheFirstDayOfTheirPeriodAndFilteredByBrand() {
        repository.save(tenantA, study(tenantA, "s-1", BRAND, "March", LocalDate.of(2025, 3, 1)));
        repository.save(tenantA, study(tenantA, "s-2", OTHER_BRAND, "January", LocalDate.of(2025, 1, 1)));
        repository.save(tenantA, study(tenantA, "s-3", BRAND, "February", LocalDate.of(2025, 2, 1)));
        repository.save(tenantA, study(tenantA, "s-0", BRAND, "Also February", LocalDate.of(2025, 2, 1)));

        var all = repository.list(tenantA, ImpactStudyFilter.all(), PageRequest.first(10));
        var ofBrand = repository.list(tenantA, new ImpactStudyFilter(Optional.of(BRAND)), PageRequest.first(2));
        var rest = repository.list(
                tenantA,
                new ImpactStudyFilter(Optional.of(BRAND)),
                PageRequest.first(2).after(ofBrand.endCursor().orElseThrow()));

        assertThat(all.items()).extracting(s -> s.id().value()).containsExactly("s-2", "s-0", "s-3", "s-1");
        assertThat(ofBrand.items()).extracting(s -> s.id().value()).containsExactly("s-0", "s-3");
        assertThat(ofBrand.hasNextPage()).isTrue();
        assertThat(rest.items()).extracting(s -> s.id().value()).containsExactly("s-1");
    }
}
