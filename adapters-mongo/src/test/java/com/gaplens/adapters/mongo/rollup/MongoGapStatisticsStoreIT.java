package com.gaplens.adapters.mongo.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.adapters.mongo.measurement.MongoMeasurementRepository;
import com.gaplens.adapters.mongo.support.CommandLog;
import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.port.out.GapStatisticsStore.RebuildReport;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.gap.EmotionTally;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.EmotionReading;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.measurement.NormalisedReading;
import com.gaplens.domain.measurement.Reading;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The roll-ups against a reference written here: after any sequence of inserts, crashes (inserted, never
 * applied), re-judgements and concurrent applications, every stored day and month cell holds exactly the sums of
 * the raw measurements it covers — computed in this test from the measurements themselves, not by the adapter.
 */
class MongoGapStatisticsStoreIT {

    @Nested
    class OnTheEmbeddedServer extends OnServer {
        OnTheEmbeddedServer() {
            super(TestMongoServer.EMBEDDED);
        }
    }

    @Nested
    class OnARealMongoDb extends OnServer {
        OnARealMongoDb() {
            super(TestMongoServer.REAL);
        }

        /** How MongoDB runs a query (the embedded server does not explain). */
        @Test
        void theFirstGroupsInTheKeyOrderOfACubeAreReadFromItsIndexWithoutSortingItsCells() {
            open();
            recorded(new Random(5), "k-", 400);
            assertThat(store.refreshSummaries(tenant)).isEqualTo(4);
            List<BsonDocument> commands = CommandLog.listen(database.name());
            GapFilter ofA = GapFilter.everything()
                    .with(GapDimension.BRAND, Set.of("brand-a"))
                    .during(new Period(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-31")));
            CellGrouping grouping = CellGrouping.by(GapDimension.TOUCHPOINT, GapDimension.VARIABLE)
                    .per(TimeBucket.MONTH);

            try (Stream<GroupedCell> groups = store.queryInKeyOrder(tenant, ofA, grouping, Optional.empty(), false)) {
                assertThat(groups.limit(3).count()).isEqualTo(3);
            }

            BsonDocument find = commands.stream()
                    .filter(command -> command.containsKey("find"))
                    .reduce((first, second) -> second)
                    .orElseThrow();
            Document asked = new Document("find", find.getString("find").getValue());
            for (String part : List.of("filter", "projection", "sort", "limit")) {
                asked.append(part, find.get(part));
            }
            Document explained =
                    template.getDb().runCommand(new Document("explain", asked).append("verbosity", "executionStats"));
            String plan = explained
                    .get("queryPlanner", Document.class)
                    .get("winningPlan", Document.class)
                    .toJson();
            Document execution = explained.get("executionStats", Document.class);
            assertThat(plan)
                    .contains("\"indexName\": \"rollup_cells_tenant_cube_touchpoint_variable_in_key_order\"")
                    .doesNotContain("\"stage\": \"SORT\"");
            // only the cells returned were fetched: none read to be sorted away
            assertThat(execution.getInteger("totalDocsExamined")).isEqualTo(execution.getInteger("nReturned"));
        }
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    abstract static class OnServer {
        @RegisterExtension
        final FreshMongoDatabase database;

        private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");
        final TenantId tenant = new TenantId("acme");
        private final TenantId other = new TenantId("globex");
        MongoTemplate template;
        private MongoMeasurementRepository measurements;
        MongoGapStatisticsStore store;
        /** The same store reading sorted summaries in chunks of 2 cells then 8, 32…: groups straddle chunks. */
        private MongoGapStatisticsStore chunky;

        private final MovableClock clock = new MovableClock(Instant.parse("2026-04-01T00:00:00Z"));
        /** The truth: every measurement as last stored, per tenant and external id. */
        private final Map<String, RecordedMeasurement> truth = new HashMap<>();

        OnServer(TestMongoServer server) {
            this.database = new FreshMongoDatabase(server);
        }

        void open() {
            template = database.open();
            TenantScopedMongo mongo = new TenantScopedMongo(template);
            measurements = new MongoMeasurementRepository(mongo);
            store = new MongoGapStatisticsStore(mongo, Duration.ofMinutes(5), clock);
            chunky = new MongoGapStatisticsStore(mongo, Duration.ofMinutes(5), clock, 2);
            measurements.ensureIndexes();
            store.ensureIndexes();
        }

        @Test
        void randomBatchesCrashesAndRejudgementsLeaveEveryCellEqualToItsMeasurements() {
            open();
            Random random = new Random(20261123);
            int next = 0;
            for (int batch = 0; batch < 12; batch++) {
                TenantId owner = batch % 4 == 3 ? other : tenant;
                List<RecordedMeasurement> items = new ArrayList<>();
                for (int i = 0, size = 20 + random.nextInt(80); i < size; i++) {
                    items.add(random(random, owner, "m-" + next++));
                }
                measurements.insertNew(owner, items);
                items.forEach(
                        m -> truth.put(owner.value() + "/" + m.externalId().value(), m));
                if (batch % 3 != 1) { // every third batch "crashes" between its insert and its roll-up
                    store.applyPending(owner, ids(items));
                }
                if (batch % 5 == 4) { // a publication moves some measurements to other commitments
                    Map<ExternalId, Judgement> rejudged = new HashMap<>();
                    items.stream().filter(m -> random.nextBoolean()).forEach(m -> {
                        Judgement judgement = randomJudgement(random);
                        rejudged.put(m.externalId(), judgement);
                        truth.put(owner.value() + "/" + m.externalId().value(), m.judged(judgement));
                    });
                    measurements.storeJudgements(owner, rejudged);
                    store.applyPending(owner, rejudged.keySet());
                }
            }
            assertThat(measurements.pendingRollups(tenant, FAR_FUTURE, 10_000)).isNotEmpty();

            // the repair: whatever is still pending is applied
            for (TenantId owner : measurements.tenantsWithUnfinishedWork()) {
                store.applyPending(owner, measurements.pendingRollups(owner, FAR_FUTURE, 10_000));
            }

            assertThat(measurements.tenantsWithUnfinishedWork()).isEmpty();
            assertCellsEqualTheMeasurements(tenant);
            assertCellsEqualTheMeasurements(other);

            // a tenant whose measurements only await a new judgement has unfinished work too, and it alone
            assertThat(measurements.markForRejudgement(other, new BrandId("brand-a"), Optional.empty(), Instant.EPOCH))
                    .isPositive();
            assertThat(measurements.tenantsWithUnfinishedWork()).containsExactly(other);
        }

        @Test
        void applyingTwiceOrConcurrentlyChangesNothing() throws Exception {
            open();
            Random random = new Random(7);
            List<List<RecordedMeasurement>> batches = new ArrayList<>();
            for (int b = 0; b < 6; b++) {
                List<RecordedMeasurement> items = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    items.add(random(random, tenant, "c-" + b + "-" + i));
                }
                batches.add(items);
                items.forEach(
                        m -> truth.put(tenant.value() + "/" + m.externalId().value(), m));
            }
            // six writers insert and roll up at once, over the same few cells
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<?>> done = new ArrayList<>();
            for (List<RecordedMeasurement> items : batches) {
                done.add(pool.submit(() -> {
                    measurements.insertNew(tenant, items);
                    store.applyPending(tenant, ids(items));
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            Map<String, Document> before = cells(tenant);

            store.applyPending(tenant, ids(batches.get(0))); // applied already: nothing to do

            assertThat(cells(tenant)).isEqualTo(before);
            assertCellsEqualTheMeasurements(tenant);
        }

        @Test
        void aRebuildFindsNothingToRepairThenRepairsATamperedAndAnOrphanCell() {
            open();
            Random random = new Random(11);
            List<RecordedMeasurement> items = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                items.add(random(random, tenant, "r-" + i));
            }
            measurements.insertNew(tenant, items);
            items.forEach(m -> truth.put(tenant.value() + "/" + m.externalId().value(), m));
            store.applyPending(tenant, ids(items));
            BrandId brand = new BrandId("brand-a");
            Period period = new Period(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-31"));
            List<RebuildReport> progress = new ArrayList<>();

            RebuildReport clean = store.rebuild(tenant, brand, period, progress::add);

            assertThat(clean.cellsDiffering()).isZero();
            assertThat(clean.daysTotal()).isEqualTo(59);
            assertThat(clean.measurementsRead())
                    .isEqualTo(items.stream()
                            .filter(m -> m.measurement().brand().equals(brand))
                            .count());
            assertThat(progress).hasSize(60).last().isEqualTo(clean);

            // a day cell of brand-a tampered with, and an orphan cell nothing backs
            Document victim = template.getCollection(MongoGapStatisticsStore.CELLS)
                    .find(new Document("tenant", "acme").append("grain", "DAY").append("brandId", "brand-a"))
                    .first();
            template.getCollection(MongoGapStatisticsStore.CELLS)
                    .updateOne(new Document("_id", victim.get("_id")), new Document("$inc", new Document("pN", 5)));
            Document orphan = new Document(victim).append("_id", "orphan").append("day", victim.getString("day"));
            template.getCollection(MongoGapStatisticsStore.CELLS).insertOne(orphan);

            RebuildReport repaired = store.rebuild(tenant, brand, period, r -> {});

            assertThat(repaired.cellsDiffering())
                    .as("the tampered day cell, the orphan, and the month cells both had skewed")
                    .isGreaterThanOrEqualTo(2);
            assertThat(store.rebuild(tenant, brand, period, r -> {}).cellsDiffering())
                    .isZero();
            assertCellsEqualTheMeasurements(tenant);
        }

        @Test
        void aQueryMergesTheCellsOfEachGroupExactly() {
            open();
            Random random = new Random(5);
            List<RecordedMeasurement> items = recorded(random, "q-", 300);
            GapFilter filter = GapFilter.everything()
                    .with(GapDimension.BRAND, Set.of("brand-a"))
                    .during(new Period(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28")));

            for (CellGrouping grouping : List.of(
                    CellGrouping.by(GapDimension.TOUCHPOINT).per(TimeBucket.MONTH),
                    CellGrouping.by(GapDimension.VARIABLE, GapDimension.SEGMENT).per(TimeBucket.WEEK),
                    CellGrouping.by(GapDimension.BRAND_VALUE))) {
                Map<String, double[]> expected = new HashMap<>();
                for (RecordedMeasurement m : items) {
                    LocalDate day = LocalDate.ofInstant(m.measurement().observedAt(), ZoneOffset.UTC);
                    if (!m.measurement().brand().value().equals("brand-a")
                            || day.getMonthValue() != 2
                            || m.measurement().audience() != Audience.CUSTOMER) {
                        continue;
                    }
                    String key = grouping.dimensions().stream()
                                    .sorted()
                                    .map(d -> m.key(d).orElse("-"))
                                    .collect(Collectors.joining("|"))
                            + "|"
                            + grouping.bucket()
                                    .map(b -> b.keyOf(m.measurement().observedAt()))
                                    .orElse("");
                    add(expected.computeIfAbsent(key, k -> new double[6]), m);
                }
                Map<String, double[]> actual = new HashMap<>();
                try (Stream<GroupedCell> cells = store.query(tenant, filter, grouping)) {
                    cells.forEach(cell -> {
                        String key = keyText(cell, grouping);
                        var s = cell.statistics();
                        actual.put(key, new double[] {
                            s.count(),
                            s.weight(),
                            s.promised().sum() + s.unpromised().sum(),
                            s.promised().sumOfSquares() + s.unpromised().sumOfSquares(),
                            s.targetSum(),
                            s.promised().weight()
                        });
                    });
                }
                assertThat(actual.keySet()).as(grouping.toString()).isEqualTo(expected.keySet());
                expected.forEach((key, sums) -> {
                    for (int i = 0; i < sums.length; i++) {
                        assertThat(actual.get(key)[i]).as(key + " #" + i).isCloseTo(sums[i], within(1e-6));
                    }
                });
            }
        }

        @Test
        void aRefreshedMonthIsReadFromItsSummaryAndAStaleOneFromItsMonthCells() {
            open();
            Random random = new Random(11);
            List<RecordedMeasurement> items = recorded(random, "s-", 400);
            assertThat(store.tenantsWithStaleSummaries()).containsExactly(tenant);

            // brand-a and brand-b, each in February and March
            assertThat(store.refreshSummaries(tenant)).isEqualTo(4);
            assertThat(store.tenantsWithStaleSummaries()).isEmpty();
            assertThat(store.refreshSummaries(tenant)).isZero();
            assertEveryQueryEqualsTheMeasurements(items);

            // the proof that summaries are read: the month cells of brand-a in February are gone, yet queries
            // served by summaries still count them, while the export, which reads month cells only, does not
            List<Document> removed = new ArrayList<>();
            Document februaryOfA = new Document("tenant", tenant.value())
                    .append("grain", "MONTH")
                    .append("brandId", "brand-a")
                    .append("month", "2026-02");
            template.getCollection(MongoGapStatisticsStore.CELLS)
                    .find(februaryOfA)
                    .into(removed);
            template.getCollection(MongoGapStatisticsStore.CELLS).deleteMany(februaryOfA);
            GapFilter februaryOfBrandA = GapFilter.everything()
                    .with(GapDimension.BRAND, Set.of("brand-a"))
                    .during(new Period(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28")));
            long customers = items.stream()
                    .filter(m -> m.measurement().brand().value().equals("brand-a")
                            && m.measurement().audience() == Audience.CUSTOMER
                            && TimeBucket.MONTH
                                    .keyOf(m.measurement().observedAt())
                                    .equals("2026-02"))
                    .count();
            assertThat(total(store.query(tenant, februaryOfBrandA, CellGrouping.by(GapDimension.VARIABLE))))
                    .isEqualTo(customers);
            assertThat(total(store.export(tenant, februaryOfBrandA, CellGrouping.by(GapDimension.VARIABLE))))
                    .isZero();
            template.getCollection(MongoGapStatisticsStore.CELLS).insertMany(removed);

            // a new batch in March: that month is read from its month cells until refreshed, exact all along
            List<RecordedMeasurement> more = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                RecordedMeasurement m = random(random, tenant, "t-" + i);
                if (TimeBucket.MONTH.keyOf(m.measurement().observedAt()).equals("2026-03")) {
                    more.add(m);
                }
            }
            measurements.insertNew(tenant, more);
            store.applyPending(tenant, ids(more));
            items.addAll(more);
            assertEveryQueryEqualsTheMeasurements(items);
            assertThat(store.refreshSummaries(tenant)).isEqualTo(2);
            assertEveryQueryEqualsTheMeasurements(items);
        }

        @Test
        void monthCellsWrittenBeforeSummariesExistedGetTheirPartitionsAtStartUp() {
            open();
            Random random = new Random(13);
            List<RecordedMeasurement> items = recorded(random, "b-", 120);
            store.refreshSummaries(tenant);
            // as a database of the version before summaries: cells, no partitions
            template.getCollection(Summaries.PARTITIONS).drop();
            assertThat(store.staleSummaries(tenant)).isZero();

            store.ensureIndexes();

            assertThat(store.staleSummaries(tenant)).isEqualTo(4);
            assertEveryQueryEqualsTheMeasurements(items);
            assertThat(store.refreshSummaries(tenant)).isEqualTo(4);
            assertEveryQueryEqualsTheMeasurements(items);
            // once per tenant: a second start-up marks nothing stale again
            store.ensureIndexes();
            assertThat(store.staleSummaries(tenant)).isZero();
        }

        @Test
        void supersededSummariesStayReadableForTheRetentionThenAreCollected() {
            open();
            Random random = new Random(12);
            List<RecordedMeasurement> items = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                items.addAll(recorded(random, "g-" + round + "-", 50));
                store.refreshSummaries(tenant);
                if (round == 1) {
                    // two generations of the first two rounds, both kept: the first was superseded just now
                    assertThat(generations()).hasSize(2);
                }
                clock.advance(Duration.ofMinutes(6));
            }
            // each refresh more than the retention after the last checkpoint collects the generations superseded
            // before that checkpoint: round 2 collected round 0's, round 3 round 1's; rounds 2 and 3 are left
            assertThat(generations()).hasSize(2);
            assertEveryQueryEqualsTheMeasurements(items);
        }

        @Test
        void generationsOfAPartitionLeftAloneAreSweptOnceTheRetentionHasPassed() {
            open();
            Random random = new Random(13);
            List<RecordedMeasurement> items = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                items.addAll(recorded(random, "w-" + round + "-", 50));
                store.refreshSummaries(tenant);
                clock.advance(Duration.ofMinutes(1));
            }
            // three refreshes within one retention: none collected, and nothing writes there afterwards
            Set<Long> kept = generations();
            assertThat(kept).hasSize(3);
            long partitions = partitions().countDocuments(new Document("tenant", tenant.value()));

            // a sweep while the last one is younger than the retention deletes nothing
            assertThat(store.collectSupersededSummaries()).isZero();
            assertThat(generations()).isEqualTo(kept);

            // past the retention: every clean partition is swept once, down to its clean generation
            clock.advance(Duration.ofMinutes(5));
            assertThat(store.collectSupersededSummaries()).isEqualTo(partitions);
            assertThat(generations()).containsExactly(((TreeSet<Long>) kept).last());
            assertThat(store.collectSupersededSummaries()).isZero();
            assertEveryQueryEqualsTheMeasurements(items);
        }

        @Test
        void aPartitionMarkedCleanBeforeSweepsExistedIsSweptOneRetentionAfterItIsFirstSeen() {
            open();
            Random random = new Random(14);
            List<RecordedMeasurement> items = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                items.addAll(recorded(random, "u-" + round + "-", 50));
                store.refreshSummaries(tenant);
            }
            Set<Long> kept = generations();
            assertThat(kept).hasSize(2);
            // as a partition marked clean by a version that kept no time of it
            partitions()
                    .updateMany(
                            new Document("tenant", tenant.value()),
                            new Document("$unset", new Document("gAt", "").append("swept", "")));
            clock.advance(Duration.ofHours(1));

            // first seen clean now: not swept before one retention from now
            assertThat(store.collectSupersededSummaries()).isZero();
            assertThat(generations()).isEqualTo(kept);
            clock.advance(Duration.ofMinutes(6));
            assertThat(store.collectSupersededSummaries()).isPositive();
            assertThat(generations()).containsExactly(((TreeSet<Long>) kept).last());
            assertEveryQueryEqualsTheMeasurements(items);
        }

        private com.mongodb.client.MongoCollection<Document> partitions() {
            return template.getCollection("rollup_partitions");
        }

        /** The generations of the summaries of brand-a in March. */
        private Set<Long> generations() {
            Set<Long> generations = new TreeSet<>();
            template.getCollection(MongoGapStatisticsStore.CELLS)
                    .find(new Document("tenant", tenant.value())
                            .append("grain", new Document("$regex", "^CUBE_"))
                            .append("brandId", "brand-a")
                            .append("month", "2026-03"))
                    .forEach(cell -> generations.add(((Number) cell.get("gen")).longValue()));
            return generations;
        }

        private static long total(Stream<GroupedCell> cells) {
            try (cells) {
                return cells.mapToLong(cell -> cell.statistics().count()).sum();
            }
        }

        /**
         * Queries that summaries serve (and one they do not), over whole months, each equal to the measurements
         * merged by hand.
         */
        private void assertEveryQueryEqualsTheMeasurements(List<RecordedMeasurement> items) {
            Period februaryToMarch = new Period(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-31"));
            GapFilter ofA = GapFilter.everything()
                    .with(GapDimension.BRAND, Set.of("brand-a"))
                    .during(februaryToMarch);
            GapFilter ofASegment = ofA.with(GapDimension.SEGMENT, Set.of("s-1"));
            assertQueryEqualsTheMeasurements(items, ofA, CellGrouping.by(GapDimension.FAMILY, GapDimension.DIMENSION));
            assertQueryEqualsTheMeasurements(
                    items, ofASegment, CellGrouping.by(GapDimension.VARIABLE).per(TimeBucket.MONTH));
            assertQueryEqualsTheMeasurements(
                    items, ofA, CellGrouping.by(GapDimension.TOUCHPOINT).per(TimeBucket.MONTH));
            assertQueryEqualsTheMeasurements(
                    items,
                    ofA.with(GapDimension.CHANNEL, Set.of("WEB")),
                    CellGrouping.by(GapDimension.TOUCHPOINT, GapDimension.VARIABLE)
                            .per(TimeBucket.QUARTER));
            assertQueryEqualsTheMeasurements(
                    items,
                    GapFilter.everything().during(februaryToMarch),
                    CellGrouping.by(GapDimension.BRAND, GapDimension.SEGMENT));
            // no summary keeps the method: month cells
            assertQueryEqualsTheMeasurements(items, ofA, CellGrouping.by(GapDimension.METHOD, GapDimension.SEGMENT));
        }

        private void assertQueryEqualsTheMeasurements(
                List<RecordedMeasurement> items, GapFilter filter, CellGrouping grouping) {
            Map<String, double[]> expected = new HashMap<>();
            for (RecordedMeasurement m : items) {
                LocalDate day = LocalDate.ofInstant(m.measurement().observedAt(), ZoneOffset.UTC);
                boolean kept = m.measurement().audience() == filter.audience()
                        && filter.period().map(p -> p.contains(day)).orElse(true)
                        && filter.values().entrySet().stream()
                                .allMatch(e -> m.key(e.getKey())
                                        .map(e.getValue()::contains)
                                        .orElse(false));
                if (!kept) {
                    continue;
                }
                String key = grouping.dimensions().stream()
                                .sorted()
                                .map(d -> m.key(d).orElse("-"))
                                .collect(Collectors.joining("|"))
                        + "|"
                        + grouping.bucket()
                                .map(b -> b.keyOf(m.measurement().observedAt()))
                                .orElse("");
                double[] sums = expected.computeIfAbsent(key, k -> new double[9]);
                add(sums, m);
                // the methods seen (one bit each), and the emotions: how many carried one, their intensities
                sums[6] = (long) sums[6] | 1L << m.measurement().method().ordinal();
                m.measurement().emotion().ifPresent(e -> {
                    sums[7] += 1;
                    sums[8] += e.intensity();
                });
            }
            List<Group> read;
            try (Stream<GroupedCell> cells = store.query(tenant, filter, grouping)) {
                read = groups(cells, grouping);
            }
            assertGroupsEqual(read, expected, grouping.toString());
            // in the order of their keys, an absent key first
            Comparator<List<String>> byKeys = (a, b) -> {
                for (int i = 0; i < a.size(); i++) {
                    int c = Comparator.nullsFirst(Comparator.<String>naturalOrder())
                            .compare(a.get(i), b.get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            };
            List<List<String>> order = read.stream().map(Group::keys).toList();
            assertThat(order).as(grouping + " in key order").isSortedAccordingTo(byKeys);

            // read in key order by MongoDB: the same groups, ascending or descending, from the start or after any
            // group (the first, one in the middle, the last) or between two
            List<List<String>> ascending = order.stream().sorted(byKeys).toList();
            // the chunky reader, whose chunks groups straddle, from the start and after the middle group only (slower)
            List<MongoGapStatisticsStore> both = List.of(store, chunky);
            assertInKeyOrder(both, filter, grouping, null, false, ascending, expected);
            assertInKeyOrder(both, filter, grouping, null, true, ascending.reversed(), expected);
            int size = ascending.size();
            for (int i : new TreeSet<>(List.of(0, size / 2, size - 1))) {
                List<MongoGapStatisticsStore> readers = i == size / 2 ? both : List.of(store);
                List<String> at = ascending.get(i);
                assertInKeyOrder(readers, filter, grouping, at, false, ascending.subList(i + 1, size), expected);
                assertInKeyOrder(
                        List.of(store),
                        filter,
                        grouping,
                        at,
                        true,
                        ascending.subList(0, i).reversed(),
                        expected);
                if (at.getLast() != null) {
                    List<String> justAfter = new ArrayList<>(at);
                    justAfter.set(at.size() - 1, at.getLast() + "\u0000");
                    assertInKeyOrder(
                            List.of(store),
                            filter,
                            grouping,
                            justAfter,
                            false,
                            ascending.subList(i + 1, size),
                            expected);
                    assertInKeyOrder(
                            List.of(store),
                            filter,
                            grouping,
                            justAfter,
                            true,
                            ascending.subList(0, i + 1).reversed(),
                            expected);
                }
            }
            // after a key whose values are all absent: every group with a value, ascending; nothing, descending
            List<String> nothing =
                    new ArrayList<>(Collections.nCopies(grouping.dimensions().size(), null));
            if (grouping.bucket().isPresent()) {
                nothing.add(null);
            }
            assertInKeyOrder(
                    List.of(store),
                    filter,
                    grouping,
                    nothing,
                    false,
                    ascending.stream().filter(k -> !k.equals(nothing)).toList(),
                    expected);
            assertInKeyOrder(List.of(store), filter, grouping, nothing, true, List.of(), expected);
        }

        /** One group read: its key values (dimensions in enum order, then the bucket), key text and sums. */
        private record Group(List<String> keys, String key, double[] sums) {}

        private static List<Group> groups(Stream<GroupedCell> cells, CellGrouping grouping) {
            List<Group> read = new ArrayList<>();
            cells.forEach(cell -> {
                List<String> keys = new ArrayList<>();
                grouping.dimensions().stream()
                        .sorted()
                        .forEach(d -> keys.add(cell.key(d).orElse(null)));
                grouping.bucket().ifPresent(b -> keys.add(cell.bucket().orElseThrow()));
                String key = keyText(cell, grouping);
                var s = cell.statistics();
                read.add(new Group(keys, key, new double[] {
                    s.count(),
                    s.weight(),
                    s.promised().sum() + s.unpromised().sum(),
                    s.promised().sumOfSquares() + s.unpromised().sumOfSquares(),
                    s.targetSum(),
                    s.promised().weight(),
                    java.util.stream.Stream.concat(s.promised().methods().stream(), s.unpromised().methods().stream())
                            .mapToLong(method -> 1L << method.ordinal())
                            .reduce(0, (x, y) -> x | y),
                    cell.emotions().carrying(),
                    cell.emotions().byEmotion().values().stream()
                            .mapToDouble(EmotionTally.Sums::intensitySum)
                            .sum()
                }));
            });
            return read;
        }

        /** A group's key values joined, "-" for an absent one, as the reference keys its groups. */
        private static String keyText(GroupedCell cell, CellGrouping grouping) {
            return grouping.dimensions().stream()
                            .sorted()
                            .map(d -> cell.key(d).orElse("-"))
                            .collect(Collectors.joining("|"))
                    + "|" + cell.bucket().orElse("");
        }

        /** Every group read appears once in the reference, with its sums; every group of the reference was read. */
        private static void assertGroupsEqual(List<Group> read, Map<String, double[]> expected, String what) {
            Map<String, double[]> actual = new HashMap<>();
            read.forEach(group -> assertThat(actual.put(group.key(), group.sums()))
                    .as(what + " " + group.key() + " read once")
                    .isNull());
            assertThat(actual.keySet()).as(what).isEqualTo(expected.keySet());
            expected.forEach((key, sums) -> {
                for (int i = 0; i < sums.length; i++) {
                    assertThat(actual.get(key)[i])
                            .as(what + " " + key + " #" + i)
                            .isCloseTo(sums[i], within(1e-6 * Math.max(1, Math.abs(sums[i]))));
                }
            });
        }

        /**
         * On each reader, {@code queryInKeyOrder} after {@code after} (null: from the start) reads exactly {@code keys},
         * in order, with the sums of the reference.
         */
        private void assertInKeyOrder(
                List<MongoGapStatisticsStore> readers,
                GapFilter filter,
                CellGrouping grouping,
                List<String> after,
                boolean descending,
                List<List<String>> keys,
                Map<String, double[]> expected) {
            Optional<GroupKey> position = Optional.ofNullable(after).map(values -> {
                Map<GapDimension, String> byDimension = new java.util.EnumMap<>(GapDimension.class);
                List<GapDimension> dimensions =
                        grouping.dimensions().stream().sorted().toList();
                for (int i = 0; i < dimensions.size(); i++) {
                    if (values.get(i) != null) {
                        byDimension.put(dimensions.get(i), values.get(i));
                    }
                }
                return new GroupKey(
                        byDimension,
                        grouping.bucket().map(b -> values.getLast()).filter(b -> b != null));
            });
            String what = grouping + (descending ? " descending" : " ascending") + " after " + after;
            for (MongoGapStatisticsStore reader : readers) {
                List<Group> read;
                try (Stream<GroupedCell> cells =
                        reader.queryInKeyOrder(tenant, filter, grouping, position, descending)) {
                    read = groups(cells, grouping);
                }
                assertThat(read.stream().map(Group::keys).toList()).as(what).isEqualTo(keys);
                Set<String> kept = read.stream().map(Group::key).collect(Collectors.toSet());
                Map<String, double[]> expectedRead = new HashMap<>(expected);
                expectedRead.keySet().retainAll(kept);
                assertGroupsEqual(read, expectedRead, what);
            }
        }

        // ---- the reference ----

        private void assertCellsEqualTheMeasurements(TenantId owner) {
            Map<String, double[]> days = new HashMap<>();
            Map<String, double[]> months = new HashMap<>();
            for (RecordedMeasurement m : truth.values()) {
                if (!m.measurement().tenant().equals(owner)) {
                    continue;
                }
                String key = Arrays.stream(GapDimension.values())
                                .map(d -> m.key(d).orElse("-"))
                                .collect(Collectors.joining("|"))
                        + "|" + m.measurement().audience();
                Instant at = m.measurement().observedAt();
                add(days.computeIfAbsent(key + "|" + TimeBucket.DAY.keyOf(at), k -> new double[6]), m);
                add(months.computeIfAbsent(key + "|" + TimeBucket.MONTH.keyOf(at), k -> new double[6]), m);
            }
            Map<String, double[]> storedDays = new HashMap<>();
            Map<String, double[]> storedMonths = new HashMap<>();
            cells(owner).values().forEach(cell -> {
                String key = Arrays.stream(GapDimension.values())
                                .map(d -> Optional.ofNullable(cell.getString(MongoGapStatisticsStore.field(d)))
                                        .orElse("-"))
                                .collect(Collectors.joining("|"))
                        + "|" + cell.getString("audience");
                boolean day = "DAY".equals(cell.getString("grain"));
                double[] sums = {
                    number(cell, "pN") + number(cell, "uN"),
                    number(cell, "pW") + number(cell, "uW"),
                    number(cell, "pS1") + number(cell, "uS1"),
                    number(cell, "pS2") + number(cell, "uS2"),
                    number(cell, "T"),
                    number(cell, "pW")
                };
                (day ? storedDays : storedMonths).put(key + "|" + cell.getString(day ? "day" : "month"), sums);
            });
            assertThat(new TreeSet<>(storedDays.keySet())).isEqualTo(new TreeSet<>(days.keySet()));
            assertThat(new TreeSet<>(storedMonths.keySet())).isEqualTo(new TreeSet<>(months.keySet()));
            for (var pair : List.of(Map.entry(days, storedDays), Map.entry(months, storedMonths))) {
                pair.getKey().forEach((key, sums) -> {
                    for (int i = 0; i < sums.length; i++) {
                        assertThat(pair.getValue().get(key)[i])
                                .as(key + " #" + i)
                                .isCloseTo(sums[i], within(1e-6 * Math.max(1, Math.abs(sums[i]))));
                    }
                });
            }
        }

        /** count, W, S1, S2, T, promised W — by hand from the measurement. */
        private static void add(double[] sums, RecordedMeasurement m) {
            NormalisedReading r = m.normalised();
            double w = r.weight();
            sums[0] += 1;
            sums[1] += w;
            sums[2] += w * r.score();
            sums[3] += w * (r.score() * r.score() + r.dispersion() * r.dispersion());
            if (m.judgement() instanceof Judgement.Promised p) {
                sums[4] += w * p.target().value();
                sums[5] += w;
            }
        }

        private Map<String, Document> cells(TenantId owner) {
            Map<String, Document> cells = new HashMap<>();
            template.getCollection(MongoGapStatisticsStore.CELLS)
                    .find(new Document("tenant", owner.value())
                            .append("grain", new Document("$in", List.of("DAY", "MONTH"))))
                    .forEach(cell -> cells.put(cell.getString("_id"), cell));
            return cells;
        }

        private static double number(Document document, String field) {
            return document.get(field) instanceof Number n ? n.doubleValue() : 0;
        }

        private static Set<ExternalId> ids(List<RecordedMeasurement> items) {
            return items.stream().map(RecordedMeasurement::externalId).collect(Collectors.toSet());
        }

        private static Judgement randomJudgement(Random random) {
            return switch (random.nextInt(3)) {
                case 0 -> Judgement.UNPROMISED;
                case 1 -> new Judgement.Promised(new CommitmentId("c-1"), new BrandValueId("v-1"), new Score(70));
                default -> new Judgement.Promised(new CommitmentId("c-2"), new BrandValueId("v-2"), new Score(55.5));
            };
        }

        /** {@code count} random measurements of the tenant, ids {@code prefix + i}, inserted and rolled up. */
        List<RecordedMeasurement> recorded(Random random, String prefix, int count) {
            List<RecordedMeasurement> items = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                items.add(random(random, tenant, prefix + i));
            }
            measurements.insertNew(tenant, items);
            store.applyPending(tenant, ids(items));
            return items;
        }

        private static RecordedMeasurement random(Random random, TenantId owner, String id) {
            ExperienceVariable variable = ExperienceVariable.values()[random.nextInt(3)];
            MeasurementMethod method = MeasurementMethod.values()[random.nextInt(3)];
            Instant observed = LocalDate.parse("2026-02-20")
                    .plusDays(random.nextInt(20))
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant()
                    .plusSeconds(random.nextInt(86_400));
            boolean aggregate = random.nextBoolean();
            long w = aggregate ? 2 + random.nextInt(50) : 1;
            double x = random.nextInt(1001) / 10.0;
            double s = aggregate ? random.nextInt(300) / 10.0 : 0;
            Optional<EmotionReading> emotion = random.nextInt(3) == 0
                    ? Optional.of(new EmotionReading(Emotion.values()[random.nextInt(6)], random.nextInt(101) / 100.0))
                    : Optional.empty();
            Measurement measurement = new Measurement(
                    owner,
                    new ExternalId(id),
                    new BrandId(random.nextInt(4) == 0 ? "brand-b" : "brand-a"),
                    new TouchpointId("tp-" + random.nextInt(3)),
                    variable,
                    random.nextBoolean() ? Optional.empty() : Optional.of(new SegmentId("s-" + random.nextInt(2))),
                    method,
                    new ScaleCode("PERCENT"),
                    aggregate
                            ? new Reading.Aggregate(x, (int) w, java.util.OptionalDouble.of(s))
                            : new Reading.Single(x),
                    observed,
                    emotion,
                    Optional.empty(),
                    random.nextInt(10) == 0 ? Audience.EMPLOYEE : Audience.CUSTOMER);
            return new RecordedMeasurement(
                    measurement,
                    new NormalisedReading(w, x, s),
                    JourneyPhase.PURCHASE,
                    random.nextBoolean() ? Channel.WEB : Channel.STORE,
                    Instant.parse("2026-03-20T10:00:00Z"),
                    randomJudgement(random));
        }
    }
}
