package com.gaplens.bootstrap.bench;

import com.gaplens.adapters.mongo.rollup.BulkRollupLoad;
import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.port.in.MaintainRollupsUseCase;
import com.gaplens.application.port.in.MaintainRollupsUseCase.RebuildRollupsCommand;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.experience.Score;
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
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;
import tools.jackson.databind.JsonNode;

/**
 * Gap views benchmark. Loads N measurements (10 million for the figure) directly into MongoDB across a
 * realistic catalogue defined through the API (3 brands, 50 touchpoints each, 10 segments each, 6 methods, 2
 * years) with their cells of every level (built by the adapter's own code, and checked by a rebuild of a month that
 * must find nothing to change), then times in one run on the same server, each through
 * GraphQL: the gap matrix of one brand and segment over a year, a {@code gaps} query grouped by touchpoint × month,
 * one page of {@code biGapRows} — against the same figures computed by a straightforward aggregation over the raw
 * measurements — and a full CSV export of all cells, sampling the heap while it streams. Prints p50/p95 and the
 * ratios. Run it with {@code ./gaplens bench gaps --uri URI --measurements N}.
 */
public final class GapViewsBenchmark {

    private static final int RUNS = 15;
    private static final int RAW_RUNS = 7;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = IngestionBenchmark.options(args);
        String uri = options.getOrDefault("uri", "mongodb://127.0.0.1:27017/?replicaSet=rs0");
        long total = Long.parseLong(options.getOrDefault("measurements", "1000000"));
        String database = options.getOrDefault("database", BenchmarkApp.scratchDatabase("gaplens_bench_gaps_"));
        boolean keep = options.containsKey("database");
        try (BenchmarkApp app = new BenchmarkApp(uri, database, BenchmarkApp.UNLIMITED);
                MongoClient raw = MongoClients.create(MongoClientSettings.builder()
                        .applyConnectionString(new ConnectionString(uri))
                        .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                        .build())) {
            String version = raw.getDatabase("admin")
                    .runCommand(new Document("buildInfo", 1))
                    .getString("version");
            MongoCollection<Document> measurements = raw.getDatabase(database).getCollection("measurements");
            MongoCollection<Document> rollupCells = raw.getDatabase(database).getCollection("rollup_cells");
            IngestionBenchmark.Catalogue catalogue;
            if (keep && measurements.estimatedDocumentCount() > 0) {
                // a database an earlier run loaded and kept (--database): timed again without loading it again
                catalogue = loadedCatalogue(app);
                total = measurements.estimatedDocumentCount();
                System.out.printf(
                        "GapLens gap views benchmark: %,d measurements, MongoDB %s, %d cores; reusing database %s"
                                + " (loaded by an earlier run) with its %,d cells%n",
                        total,
                        version,
                        Runtime.getRuntime().availableProcessors(),
                        database,
                        rollupCells.estimatedDocumentCount());
            } else {
                catalogue = IngestionBenchmark.Catalogue.define(app, 3, 50, 10);
                List<Map<String, String>> commitments = commitmentsOf(app, catalogue);
                LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(730);
                long loadStart = System.nanoTime();
                long cells = load(
                        measurements,
                        new BulkRollupLoad(
                                new TenantId("bench"),
                                LOADED,
                                batch -> rollupCells.insertMany(batch, new InsertManyOptions().ordered(false))),
                        catalogue,
                        commitments,
                        total,
                        first);
                double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
                System.out.printf(
                        "GapLens gap views benchmark: %,d measurements, MongoDB %s, %d cores; loaded with their %,d"
                                + " day and month cells in %.0f s%n",
                        total, version, Runtime.getRuntime().availableProcessors(), cells, loadSeconds);
            }

            // the loaded cells are what the production recomputation gives: a rebuild of a month finds none to change
            LocalDate lastMonth = LocalDate.now(ZoneOffset.UTC).minusMonths(1).withDayOfMonth(1);
            MaintainRollupsUseCase maintenance = app.context.getBean(MaintainRollupsUseCase.class);
            long rebuildStart = System.nanoTime();
            var rebuilt = maintenance.rebuild(
                    new RebuildRollupsCommand(
                            app.tenant,
                            new BrandId(decode(catalogue.brands().getFirst().id())),
                            new Period(lastMonth, lastMonth.plusMonths(1).minusDays(1))),
                    progress -> {});
            System.out.printf(
                    "check: rebuildRollups of one brand over %s read %,d measurements, checked %,d cells in %.0f s:"
                            + " %,d differing%n",
                    lastMonth.getMonth(),
                    rebuilt.measurementsRead(),
                    rebuilt.cellsChecked(),
                    (System.nanoTime() - rebuildStart) / 1e9,
                    rebuilt.cellsDiffering());
            if (rebuilt.cellsDiffering() != 0) {
                throw new IllegalStateException("the loaded cells differ from the production recomputation");
            }
            IngestionBenchmark.Catalogue.Brand brand = catalogue.brands().getFirst();
            String brandId = decode(brand.id());
            String segment = brand.segments().getFirst();
            LocalDate yearFrom = LocalDate.now(ZoneOffset.UTC).minusYears(1).withDayOfMonth(1);
            LocalDate yearTo = yearFrom.plusYears(1).minusDays(1);
            Map<String, Object> period = Map.of("from", yearFrom.toString(), "to", yearTo.toString());

            String matrixQuery =
                    "query($b: ID!, $s: ID, $p: PeriodInput) { gapMatrix(brandId: $b, segmentId: $s, period: $p)"
                            + " { cells { keys { value } count lived target gap interval { lower upper } severity } total { count lived gap } } }";
            Supplier<JsonNode> matrix =
                    () -> app.call(app.readerToken, matrixQuery, Map.of("b", brand.id(), "s", segment, "p", period));
            Document rawMatch = new Document("tenant", "bench")
                    .append("brandId", brandId)
                    .append("segmentId", decode(segment))
                    .append("audience", "CUSTOMER")
                    .append("observedAt", new Document("$gte", date(yearFrom)).append("$lt", date(yearTo.plusDays(1))));
            Supplier<List<Document>> rawMatrix =
                    () -> rawAggregate(measurements, rawMatch, new Document("variable", "$variable"));

            String gapsQuery =
                    "query($f: GapFilterInput) { gaps(filter: $f, groupBy: [TOUCHPOINT], bucket: MONTH, first: 100)"
                            + " { edges { node { keys { value } bucket count lived target gap severity } } } }";
            Map<String, Object> brandYear = Map.of("brandIds", List.of(brand.id()), "period", period);
            Supplier<JsonNode> gaps = () -> app.call(app.readerToken, gapsQuery, Map.of("f", brandYear));
            Document rawBrandYear = new Document("tenant", "bench")
                    .append("brandId", brandId)
                    .append("audience", "CUSTOMER")
                    .append("observedAt", new Document("$gte", date(yearFrom)).append("$lt", date(yearTo.plusDays(1))));
            Supplier<List<Document>> rawGaps = () -> rawAggregate(
                    measurements, rawBrandYear, new Document("touchpoint", "$touchpointId").append("month", "$month"));

            String biQuery =
                    "query($f: GapFilterInput) { biGapRows(filter: $f, groupBy: [TOUCHPOINT, VARIABLE], bucket: MONTH, first: 100)"
                            + " { edges { node { touchpoint variable bucket n lived target gap std_error ci_low ci_high severity } } } }";
            Supplier<JsonNode> bi = () -> app.call(app.readerToken, biQuery, Map.of("f", brandYear));
            Supplier<List<Document>> rawBi = () -> rawAggregate(
                    measurements,
                    rawBrandYear,
                    new Document("touchpoint", "$touchpointId")
                            .append("variable", "$variable")
                            .append("month", "$month"));

            check(matrix.get(), rawMatrix.get());
            System.out.println(
                    "view (GapLens: 15 runs after 3 warm-ups; raw: 7 after 1)  GapLens p50 / p95 (ms)   raw aggregation"
                            + " p50 / p95 (ms)   ratio (p50)");
            report("gapMatrix (brand, segment, year)", matrix, rawMatrix);
            report("gaps by touchpoint x month (year)", gaps, rawGaps);
            report("biGapRows, one page of 100", bi, rawBi);

            // where the time of a view goes: the roll-up read alone, without HTTP, authentication and GraphQL
            GapStatisticsStore store = app.context.getBean(GapStatisticsStore.class);
            GapFilter ofBrand = GapFilter.everything()
                    .with(GapDimension.BRAND, Set.of(brandId))
                    .during(new Period(yearFrom, yearTo));
            GapFilter ofSegment = ofBrand.with(GapDimension.SEGMENT, Set.of(decode(segment)));
            CellGrouping byTouchpointMonth =
                    CellGrouping.by(GapDimension.TOUCHPOINT).per(TimeBucket.MONTH);
            CellGrouping byTouchpointVariableMonth = CellGrouping.by(GapDimension.TOUCHPOINT, GapDimension.VARIABLE)
                    .per(TimeBucket.MONTH);
            System.out.println(
                    "of which the roll-up read alone (GapStatisticsStore, p50 / p95 ms, groups read): the views in key"
                            + " order read the page's groups plus one, sorted by MongoDB");
            readReport(
                    "  gapMatrix (every group)",
                    () -> store.query(app.tenant, ofSegment, CellGrouping.by(GapDimension.VARIABLE)));
            readReport(
                    "  gaps by touchpoint x month (first 101)",
                    () -> store.queryInKeyOrder(app.tenant, ofBrand, byTouchpointMonth, Optional.empty(), false)
                            .limit(101));
            readReport(
                    "  biGapRows (first 101)",
                    () -> store.queryInKeyOrder(app.tenant, ofBrand, byTouchpointVariableMonth, Optional.empty(), false)
                            .limit(101));
            readReport(
                    "  biGapRows grouping, every group",
                    () -> store.query(app.tenant, ofBrand, byTouchpointVariableMonth));
            csvExport(app);
        } finally {
            if (!keep) {
                try (MongoClient cleanup = MongoClients.create(uri)) {
                    cleanup.getDatabase(database).drop();
                }
            }
        }
        System.exit(0);
    }

    private static void report(String name, Supplier<?> view, Supplier<?> rawView) {
        double[] ours = time(view);
        // the raw aggregation takes seconds on millions of measurements: one warm-up, 7 runs
        double[] theirs = time(rawView, 1, RAW_RUNS);
        System.out.printf(
                "%-37s %8.1f / %-8.1f         %10.1f / %-10.1f           %6.1f x%n",
                name, ours[0], ours[1], theirs[0], theirs[1], theirs[0] / ours[0]);
    }

    private static void readReport(String name, Supplier<Stream<GroupedCell>> read) {
        long[] groups = new long[1];
        double[] ms = time(() -> {
            try (Stream<GroupedCell> cells = read.get()) {
                groups[0] = cells.count();
            }
            return groups[0];
        });
        System.out.printf("%-45s %8.1f / %-8.1f %,d%n", name, ms[0], ms[1], groups[0]);
    }

    /** p50 and p95 in ms over {@value #RUNS} runs after 3 warm-ups. */
    private static double[] time(Supplier<?> work) {
        return time(work, 3, RUNS);
    }

    /** p50 and p95 (nearest rank) in ms over {@code runs} runs after {@code warmUps}. */
    private static double[] time(Supplier<?> work, int warmUps, int runs) {
        for (int i = 0; i < warmUps; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1]};
    }

    /** The straightforward aggregation: the raw measurements matched, grouped, their sums computed. */
    private static List<Document> rawAggregate(
            MongoCollection<Document> measurements, Document match, Document groupBy) {
        Document wx = new Document("$multiply", List.of("$w", "$x"));
        Document wxx = new Document(
                "$multiply",
                List.of(
                        "$w",
                        new Document(
                                "$add",
                                List.of(
                                        new Document("$multiply", List.of("$x", "$x")),
                                        new Document("$multiply", List.of("$s", "$s"))))));
        Document promisedW =
                new Document("$cond", List.of(new Document("$gt", Arrays.asList("$target", null)), "$w", 0));
        Document wt = new Document(
                "$cond",
                List.of(
                        new Document("$gt", Arrays.asList("$target", null)),
                        new Document("$multiply", List.of("$w", "$target")),
                        0));
        List<Document> pipeline = List.of(
                new Document("$match", match),
                new Document(
                        "$group",
                        new Document("_id", groupBy)
                                .append("n", new Document("$sum", 1))
                                .append("W", new Document("$sum", "$w"))
                                .append("S1", new Document("$sum", wx))
                                .append("S2", new Document("$sum", wxx))
                                .append("PW", new Document("$sum", promisedW))
                                .append("T", new Document("$sum", wt))
                                .append("methods", new Document("$addToSet", "$method"))));
        return measurements.aggregate(pipeline).allowDiskUse(true).into(new ArrayList<>());
    }

    /** The matrix through GapLens and the raw aggregation agree, variable by variable. */
    private static void check(JsonNode matrix, List<Document> raw) {
        JsonNode cells = matrix.get("gapMatrix").get("cells");
        if (cells.size() != raw.size()) {
            throw new IllegalStateException("matrix has " + cells.size() + " cells, raw " + raw.size());
        }
        for (Document group : raw) {
            String variable = group.get("_id", Document.class).getString("variable");
            double lived = group.getDouble("S1") / ((Number) group.get("W")).doubleValue();
            boolean found = false;
            for (JsonNode cell : cells) {
                if (cell.get("keys").get(0).get("value").asString().equals(variable)) {
                    found = Math.abs(cell.get("lived").asDouble() - lived) < 1e-6
                            && cell.get("count").asLong() == ((Number) group.get("n")).longValue();
                }
            }
            if (!found) {
                throw new IllegalStateException("the matrix and the raw aggregation disagree on " + variable);
            }
        }
        System.out.println("check: the gap matrix equals the raw aggregation on every variable (count and lived)");
    }

    private static void csvExport(BenchmarkApp app) throws Exception {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long baseline = runtime.totalMemory() - runtime.freeMemory();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        String port = app.context.getEnvironment().getProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/bi/gap-rows.csv?groupBy=BRAND,TOUCHPOINT,VARIABLE,SEGMENT,METHOD&bucket=MONTH"))
                .header("Authorization", "Bearer " + app.readerToken)
                .build();
        long t0 = System.nanoTime();
        HttpResponse<InputStream> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        long nextCheckpoint = 1_000_000;
        List<String> liveAtCheckpoints = new ArrayList<>();
        long paused = 0;
        byte[] buffer = new byte[65_536];
        try (InputStream body = response.body()) {
            for (int read; (read = body.read(buffer)) > 0; ) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                if (bytes >= nextCheckpoint) {
                    // The live set, not the garbage: a full collection while the server is mid-stream. Checkpoints
                    // double (1, 2, 4… MB streamed), so a live set that grew with the rows would show it.
                    long pause = System.nanoTime();
                    System.gc();
                    liveAtCheckpoints.add(String.format(
                            "%,d MB at %,d rows", (runtime.totalMemory() - runtime.freeMemory()) / 1_000_000, lines));
                    paused += System.nanoTime() - pause;
                    nextCheckpoint *= 2;
                }
            }
        }
        double seconds = (System.nanoTime() - t0 - paused) / 1e9;
        sampler.interrupt();
        System.out.printf(
                "CSV export of all cells (brand x touchpoint x variable x segment x method x month): %,d rows, %,d MB in"
                        + " %.1f s (full collections excluded); heap in use %,d MB before, at most %,d MB while"
                        + " streaming (-Xmx4g, client and server in one JVM, garbage included)%n",
                lines - 1, bytes / 1_000_000, seconds, baseline / 1_000_000, peak.get() / 1_000_000);
        System.out.println(
                "  live heap after a full collection while streaming: " + String.join(", ", liveAtCheckpoints));
    }

    /**
     * The first brand ("Brand 0") and its first segment ("Segment 0") of a database an earlier run loaded: what the
     * timed views ask for, read back through the API.
     */
    private static IngestionBenchmark.Catalogue loadedCatalogue(BenchmarkApp app) {
        String brand = app.call(app.readerToken, "{ brands(first: 1) { edges { node { id name } } } }", Map.of())
                .get("brands")
                .get("edges")
                .get(0)
                .get("node")
                .get("id")
                .asString();
        String segment = app.call(
                        app.readerToken,
                        "query($b: ID) { segments(first: 1, filter: {brand: $b}) { edges { node { id } } } }",
                        Map.of("b", brand))
                .get("segments")
                .get("edges")
                .get(0)
                .get("node")
                .get("id")
                .asString();
        return new IngestionBenchmark.Catalogue(
                List.of(new IngestionBenchmark.Catalogue.Brand(brand, List.of(), List.of(segment), Map.of())));
    }

    /** The commitment of each variable, per brand: what the ingestion would judge each measurement against. */
    private static List<Map<String, String>> commitmentsOf(BenchmarkApp app, IngestionBenchmark.Catalogue catalogue) {
        List<Map<String, String>> perBrand = new ArrayList<>();
        for (IngestionBenchmark.Catalogue.Brand brand : catalogue.brands()) {
            Map<String, String> byVariable = new java.util.HashMap<>();
            brand.commitments().forEach((variable, judged) -> {
                String[] parts = judged.split("\\|");
                byVariable.put(variable, decode(parts[0]) + "|" + decode(parts[1]) + "|" + parts[2]);
            });
            perBrand.add(byVariable);
        }
        return perBrand;
    }

    /**
     * Raw measurement documents as the adapter stores them, judged like the ingestion judges them, day after day,
     * with their cells; how many cells.
     */
    private static long load(
            MongoCollection<Document> measurements,
            BulkRollupLoad rollups,
            IngestionBenchmark.Catalogue catalogue,
            List<Map<String, String>> commitments,
            long total,
            LocalDate first) {
        Random random = new Random(7);
        String[] phases = IngestionBenchmark.Catalogue.PHASES;
        String[] channels = IngestionBenchmark.Catalogue.CHANNELS;
        List<Document> batch = new ArrayList<>(10_000);
        Date recordedAt = new Date();
        for (long i = 0; i < total; i++) {
            int b = random.nextInt(catalogue.brands().size());
            IngestionBenchmark.Catalogue.Brand brand = catalogue.brands().get(b);
            int t = random.nextInt(brand.touchpoints().size());
            String variable = IngestionBenchmark.Catalogue.VARIABLES[random.nextInt(12)];
            String segment = random.nextInt(5) == 0
                    ? null
                    : decode(
                            brand.segments().get(random.nextInt(brand.segments().size())));
            String method = IngestionBenchmark.Catalogue.METHODS[random.nextInt(6)];
            Instant observed = first.plusDays(i * 730 / total)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant()
                    .plusSeconds(random.nextLong(86_400));
            long w = random.nextBoolean() ? 1 : 5 + random.nextInt(200);
            double x = random.nextInt(1001) / 10.0;
            double s = w == 1 ? 0 : random.nextInt(300) / 10.0;
            String[] judged = commitments.get(b).get(variable).split("\\|");
            String touchpoint = decode(brand.touchpoints().get(t));
            Document d = new Document("_id", new ObjectId())
                    .append("tenant", "bench")
                    .append("externalId", "m-" + i)
                    .append("brandId", decode(brand.id()))
                    .append("touchpointId", touchpoint)
                    .append("variable", variable)
                    .append("method", method)
                    .append("scaleCode", "PERCENT")
                    .append("readingKind", w == 1 ? "SINGLE" : "AGGREGATE")
                    .append("value", x)
                    .append("sampleSize", (int) w)
                    .append("observedAt", Date.from(observed))
                    .append("w", w)
                    .append("x", x)
                    .append("s", s)
                    .append("phase", phases[t % 5])
                    .append("channel", channels[t % 5])
                    .append("family", variable.substring(0, variable.lastIndexOf('_')))
                    .append("dimension", variable.substring(variable.lastIndexOf('_') + 1))
                    .append("day", TimeBucket.DAY.keyOf(observed))
                    .append("week", TimeBucket.WEEK.keyOf(observed))
                    .append("month", TimeBucket.MONTH.keyOf(observed))
                    .append("quarter", TimeBucket.QUARTER.keyOf(observed))
                    .append("year", TimeBucket.YEAR.keyOf(observed))
                    .append("recordedAt", recordedAt)
                    .append("audience", "CUSTOMER")
                    .append("commitmentId", judged[0])
                    .append("brandValueId", judged[1])
                    .append("target", Double.parseDouble(judged[2]))
                    .append("rollupToken", LOADED.value());
            if (segment != null) {
                d.append("segmentId", segment);
            }
            Optional<EmotionReading> emotion = Optional.empty();
            if (random.nextInt(4) == 0) {
                Emotion felt = Emotion.valueOf(List.of("JOY", "TRUST", "SURPRISE", "FRUSTRATION", "ANGER", "ANXIETY")
                        .get(random.nextInt(6)));
                double intensity = random.nextInt(101) / 100.0;
                d.append("emotion", felt.name()).append("emotionIntensity", intensity);
                emotion = Optional.of(new EmotionReading(felt, intensity));
            }
            rollups.add(new RecordedMeasurement(
                    new Measurement(
                            new TenantId("bench"),
                            new ExternalId("m-" + i),
                            new BrandId(decode(brand.id())),
                            new TouchpointId(touchpoint),
                            ExperienceVariable.valueOf(variable),
                            Optional.ofNullable(segment).map(SegmentId::new),
                            MeasurementMethod.valueOf(method),
                            new ScaleCode("PERCENT"),
                            w == 1 ? new Reading.Single(x) : new Reading.Aggregate(x, (int) w, OptionalDouble.of(s)),
                            observed,
                            emotion,
                            Optional.empty(),
                            Audience.CUSTOMER),
                    new NormalisedReading(w, x, s),
                    JourneyPhase.valueOf(phases[t % 5]),
                    Channel.valueOf(channels[t % 5]),
                    recordedAt.toInstant(),
                    new Judgement.Promised(
                            new CommitmentId(judged[0]),
                            new BrandValueId(judged[1]),
                            new Score(Double.parseDouble(judged[2])))));
            batch.add(d);
            if (batch.size() == 10_000) {
                measurements.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
            if ((i + 1) % 1_000_000 == 0) {
                System.out.printf("loaded %,d measurements%n", i + 1);
            }
        }
        if (!batch.isEmpty()) {
            measurements.insertMany(batch, new InsertManyOptions().ordered(false));
        }
        return rollups.finish();
    }

    /** The change the loaded measurements are named by: finished, as if recorded long ago. */
    private static final RollupToken LOADED = RollupToken.lowestAt(Instant.EPOCH);

    /** The raw id inside a global id (GapLens ids are opaque base64 of "Type:id"). */
    static String decode(String globalId) {
        String text =
                new String(java.util.Base64.getUrlDecoder().decode(globalId), java.nio.charset.StandardCharsets.UTF_8);
        return text.substring(text.indexOf(':') + 1);
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
