package com.gaplens.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.application.bi.GapRow;
import com.gaplens.application.bi.LabelSource;
import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GapOrder;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.in.PublishBiRowsUseCase.CycleReport;
import com.gaplens.application.port.in.QueryGapsUseCase.GapsQuery;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.MonthCellFeed;
import com.gaplens.application.port.out.contract.MonthCells;
import com.gaplens.application.port.out.fake.FixedClock;
import com.gaplens.application.port.out.fake.InMemoryBiWarehouse;
import com.gaplens.application.port.out.fake.InMemoryBrandRepository;
import com.gaplens.application.port.out.fake.InMemoryLabelChangeFeed;
import com.gaplens.application.port.out.fake.InMemoryMeasurementRepository;
import com.gaplens.application.port.out.fake.InMemoryMonthCellFeed;
import com.gaplens.application.port.out.fake.InMemoryRollups;
import com.gaplens.application.port.out.fake.InMemorySegmentRepository;
import com.gaplens.application.port.out.fake.InMemorySegmentVariantRepository;
import com.gaplens.application.port.out.fake.InMemoryTargetExperienceRepository;
import com.gaplens.application.port.out.fake.InMemoryTouchpointRepository;
import com.gaplens.application.port.out.fake.Rejudging;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.gap.CellReport;
import com.gaplens.domain.gap.Gap;
import com.gaplens.domain.gap.SeverityThresholds;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.testdata.BrandBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The BI publication over in-memory ports: what it publishes equals what {@code biGapRows} answers grouped by every
 * dimension by MONTH, whatever failed on the way (the database away, a crash between the copy and the clearing),
 * and labels follow the catalogue.
 */
class BiPublicationServiceTest {

    private static final TenantId TENANT = new TenantId("acme");

    private final FixedClock clock = new FixedClock(Instant.parse("2027-01-05T09:00:00Z"));
    private final InMemoryMeasurementRepository measurements = new InMemoryMeasurementRepository();
    private final InMemoryMonthCellFeed cells = new InMemoryMonthCellFeed(measurements, clock);
    private final InMemoryLabelChangeFeed marks = new InMemoryLabelChangeFeed(clock);
    private final InMemoryBiWarehouse warehouse = new InMemoryBiWarehouse();
    private final InMemoryBrandRepository brands = new InMemoryBrandRepository();
    private final InMemoryTouchpointRepository touchpoints = new InMemoryTouchpointRepository();
    private final InMemorySegmentRepository segments = new InMemorySegmentRepository();
    private final InMemoryTargetExperienceRepository targets = new InMemoryTargetExperienceRepository();
    private final BiPublicationService publication = publication(cells);
    private final InMemoryRollups rollups = new InMemoryRollups(measurements, clock);
    private final GapQueryService views = new GapQueryService(
            rollups.store,
            new CatalogueRepositories(brands, touchpoints, segments, targets, new InMemorySegmentVariantRepository()),
            SeverityThresholds.DEFAULT);

    @Test
    void publishedRowsAreBiGapRowsByEveryDimensionAndMonthAfterRandomBatchesAndAJudgementAnew() {
        Random random = new Random(20270105);
        for (int batch = 0; batch < 5; batch++) {
            record(randomBatch(random, batch));
            publication.publishChanges();
        }
        publishAll(publication);
        assertPublishedRowsAreBiGapRows();

        Map<ExternalId, Judgement> anew = new HashMap<>();
        measurements
                .streamAll(TENANT)
                .filter(m -> random.nextBoolean())
                .forEach(m -> anew.put(
                        m.externalId(),
                        m.judgement() instanceof Judgement.Promised ? Judgement.UNPROMISED : MonthCells.PROMISED));
        Rejudging.judgeAnew(measurements, rollups, TENANT, anew);
        cells.observe(TENANT);
        publishAll(publication);

        assertPublishedRowsAreBiGapRows();
        assertThat(cells.backlog(TENANT).changedCells()).isZero();
    }

    @Test
    void employeeCellsAreNeverPublishedButClearedAllTheSame() {
        record(List.of(MonthCells.employee(TENANT, "e-1", "2026-11-02T00:00:00Z")));

        publication.publishChanges();

        assertThat(warehouse.visibleRows(TENANT)).isEmpty();
        assertThat(cells.backlog(TENANT).changedCells()).isZero();
    }

    @Test
    void whileTheDatabaseIsAwayNothingIsClearedAndOnceBackEverythingIsPublished() {
        Instant changed = clock.now();
        record(randomBatch(new Random(1), 0));
        warehouse.down(true);

        assertThatThrownBy(publication::publishChanges).isInstanceOf(IllegalStateException.class);
        assertThat(publication.status(TENANT).databaseReachable()).isFalse();
        long waiting = cells.backlog(TENANT).changedCells();
        assertThat(waiting).isPositive();
        clock.advance(Duration.ofSeconds(42));
        assertThat(publication.lag()).isEqualTo(Duration.between(changed, clock.now()));
        assertThat(publication.status(TENANT).pendingRows()).isEqualTo(waiting);

        warehouse.down(false);
        publishAll(publication);

        assertPublishedRowsAreBiGapRows();
        assertThat(publication.status(TENANT).databaseReachable()).isTrue();
        assertThat(publication.lag()).isEqualTo(Duration.ZERO);
    }

    @Test
    void aCrashAfterTheCopyBeforeTheClearingIsCopiedAgainWithoutCountingTwice() {
        record(randomBatch(new Random(2), 0));
        BiPublicationService crashing = publication(new CrashingBeforeClearing(cells));

        assertThatThrownBy(crashing::publishChanges).hasMessageContaining("crash");
        record(randomBatch(new Random(3), 1));
        publishAll(publication);

        assertPublishedRowsAreBiGapRows();
    }

    @Test
    void twoPublishersAtOnceConvergeOnTheNewestRows() throws Exception {
        BiPublicationService other = publication(cells);
        Random random = new Random(4);
        List<Thread> threads = new ArrayList<>();
        for (BiPublicationService publisher : List.of(publication, other)) {
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 20; i++) {
                    publisher.publishChanges();
                }
            }));
        }
        for (int batch = 0; batch < 5; batch++) {
            synchronized (random) {
                record(randomBatch(random, batch));
            }
        }
        for (Thread thread : threads) {
            thread.join();
        }
        publishAll(publication);

        assertPublishedRowsAreBiGapRows();
    }

    @Test
    void aNewSchemaGetsEveryLabelThenOnlyTheMarkedOnes() {
        Brand brand = brands.save(
                TENANT,
                BrandBuilder.aBrand().ofTenant(TENANT).named("Maison Lumen").build());
        record(List.of(MonthCells.promised(TENANT, "m-1", "2026-11-03T10:00:00Z", 1, 80, 0)));

        CycleReport first = publication.publishChanges();

        assertThat(first.labels()).isEqualTo(1 + brand.values().size());
        assertThat(warehouse.label(TENANT, "brand:" + brand.id().value())).isEqualTo("Maison Lumen");

        brand.rename(new Name("Lumen"));
        marks.markChanged(
                TENANT,
                new LabelSource.OfBrand(brand.id()),
                brand.version().next().value());
        brands.save(TENANT, brand);
        publication.publishChanges();

        assertThat(warehouse.label(TENANT, "brand:" + brand.id().value())).isEqualTo("Lumen");
        assertThat(marks.backlog(TENANT).changedCells()).isZero();
    }

    @Test
    void aMarkWhoseSaveHasNotLandedStaysUntilItDoesOrItsGraceRunsOut() {
        Brand brand = brands.save(
                TENANT,
                BrandBuilder.aBrand().ofTenant(TENANT).named("Maison Lumen").build());
        publication.publishChanges();
        marks.markChanged(
                TENANT,
                new LabelSource.OfBrand(brand.id()),
                brand.version().next().value());

        publication.publishChanges();
        assertThat(marks.backlog(TENANT).changedCells())
                .as("the save announced has not landed")
                .isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        publication.publishChanges();
        assertThat(marks.backlog(TENANT).changedCells())
                .as("its save must have failed")
                .isZero();
    }

    /** Cycles until nothing waits, as the schedule does (a cycle copies a bounded number of batches). */
    private void publishAll(BiPublicationService publisher) {
        for (int cycle = 0; cycle < 100 && cells.backlog(TENANT).changedCells() > 0; cycle++) {
            publisher.publishChanges();
        }
        assertThat(cells.backlog(TENANT).changedCells()).isZero();
    }

    private void assertPublishedRowsAreBiGapRows() {
        Map<String, GapRow> published = new HashMap<>();
        warehouse.visibleRows(TENANT).values().forEach(row -> published.put(identity(row), row));
        List<GapCell> expected = biGapRowsByEveryDimensionAndMonth();
        assertThat(published).hasSize(expected.size());
        for (GapCell cell : expected) {
            GapRow row = published.get(cell.identity());
            assertThat(row).as(cell.identity()).isNotNull();
            assertSameFigures(row.report().orElseThrow(), cell.report(), cell.identity());
        }
    }

    /**
     * The same figures to 1e-9 (the feed and the store add the same contributions in different orders), the same
     * counts, significance, severity and methods.
     */
    private static void assertSameFigures(CellReport published, CellReport expected, String where) {
        assertThat(published.lived().count())
                .as(where)
                .isEqualTo(expected.lived().count());
        assertThat(published.lived().weight())
                .as(where)
                .isEqualTo(expected.lived().weight());
        assertThat(published.lived().lived())
                .as(where)
                .isCloseTo(expected.lived().lived(), within(1e-9));
        assertThat(published.lived().triangulation())
                .as(where)
                .isEqualTo(expected.lived().triangulation());
        assertThat(published.unpromisedCount()).as(where).isEqualTo(expected.unpromisedCount());
        assertThat(published.gap().isPresent())
                .as(where)
                .isEqualTo(expected.gap().isPresent());
        published.gap().ifPresent(gap -> {
            Gap other = expected.gap().orElseThrow();
            assertThat(gap.value()).as(where).isCloseTo(other.value(), within(1e-9));
            assertThat(gap.target()).as(where).isCloseTo(other.target(), within(1e-9));
            assertThat(gap.significance()).as(where).isEqualTo(other.significance());
            assertThat(gap.severity()).as(where).isEqualTo(other.severity());
            assertThat(gap.lived().standardError().isPresent())
                    .as(where)
                    .isEqualTo(other.lived().standardError().isPresent());
            if (gap.lived().standardError().isPresent()) {
                assertThat(gap.lived().standardError().getAsDouble())
                        .as(where)
                        .isCloseTo(other.lived().standardError().getAsDouble(), within(1e-9));
                assertThat(gap.lived().interval().orElseThrow().lower())
                        .as(where)
                        .isCloseTo(other.lived().interval().orElseThrow().lower(), within(1e-9));
            }
        });
    }

    private List<GapCell> biGapRowsByEveryDimensionAndMonth() {
        List<GapCell> all = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<GapCell> read = views.gaps(new GapsQuery(
                    TENANT,
                    GapFilter.everything(),
                    new CellGrouping(Set.of(GapDimension.values()), java.util.Optional.of(TimeBucket.MONTH)),
                    GapOrder.BY_KEYS,
                    page));
            all.addAll(read.items());
            if (!read.hasNextPage()) {
                return all;
            }
            page = page.after(read.endCursor().orElseThrow());
        }
    }

    private static String identity(GapRow row) {
        return GapCell.identityOf(
                row.keys().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Map.Entry::getKey,
                                e -> new GapCell.Key(e.getValue(), java.util.Optional.of(e.getValue())))),
                java.util.Optional.of(row.month().toString()));
    }

    private void record(List<RecordedMeasurement> batch) {
        rollups.writer.insert(TENANT, batch);
        cells.observe(TENANT);
        clock.advance(Duration.ofSeconds(1));
    }

    private static List<RecordedMeasurement> randomBatch(Random random, int batch) {
        List<RecordedMeasurement> measurements = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = "m-" + batch + "-" + i;
            String at = "2026-%02d-%02dT10:00:00Z".formatted(1 + random.nextInt(12), 1 + random.nextInt(28));
            measurements.add(
                    switch (random.nextInt(4)) {
                        case 0 -> MonthCells.unpromised(TENANT, id, at);
                        case 1 -> MonthCells.employee(TENANT, id, at);
                        default ->
                            MonthCells.promised(
                                    TENANT,
                                    id,
                                    at,
                                    1 + random.nextInt(3) * random.nextInt(50),
                                    random.nextInt(101),
                                    random.nextDouble() * 20);
                    });
        }
        return measurements;
    }

    private BiPublicationService publication(MonthCellFeed feed) {
        return new BiPublicationService(
                feed,
                marks,
                warehouse,
                new BiLabelReader(brands, touchpoints, segments, targets, new InMemorySegmentVariantRepository()),
                clock,
                SeverityThresholds.DEFAULT,
                new BiPublicationService.Settings(Duration.ofSeconds(30), 7, 3, 5, Duration.ofMinutes(1)));
    }

    /** A feed whose publisher crashes after copying, before clearing anything. */
    private record CrashingBeforeClearing(MonthCellFeed feed) implements MonthCellFeed {
        @Override
        public List<ChangedMonthCell> changedMonthCells(TenantId tenant, int limit) {
            return feed.changedMonthCells(tenant, limit);
        }

        @Override
        public void markPublished(TenantId tenant, Collection<ChangedMonthCell> published) {
            throw new IllegalStateException("crash before clearing");
        }

        @Override
        public Set<TenantId> tenantsWithChangedMonthCells() {
            return feed.tenantsWithChangedMonthCells();
        }

        @Override
        public Backlog backlog(TenantId tenant) {
            return feed.backlog(tenant);
        }
    }
}
