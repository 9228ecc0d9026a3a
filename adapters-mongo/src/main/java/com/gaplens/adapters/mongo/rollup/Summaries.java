package com.gaplens.adapters.mongo.rollup;

import static com.gaplens.application.gaps.GapDimension.BRAND;
import static com.gaplens.application.gaps.GapDimension.BRAND_VALUE;
import static com.gaplens.application.gaps.GapDimension.CHANNEL;
import static com.gaplens.application.gaps.GapDimension.COMMITMENT;
import static com.gaplens.application.gaps.GapDimension.DIMENSION;
import static com.gaplens.application.gaps.GapDimension.FAMILY;
import static com.gaplens.application.gaps.GapDimension.PHASE;
import static com.gaplens.application.gaps.GapDimension.SEGMENT;
import static com.gaplens.application.gaps.GapDimension.TOUCHPOINT;
import static com.gaplens.application.gaps.GapDimension.VARIABLE;

import com.gaplens.adapters.mongo.rollup.CellKey.Grain;
import com.gaplens.adapters.mongo.tenancy.TenantCollection;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.bson.Document;

/**
 * Summaries: coarse cubes of the month cells, which serve the views that need no finer key. A month cell keeps
 * every dimension, so a year of one brand and segment reads about as many month cells as there are measurements
 * when data is spread thinly; a cube without touchpoint and method reads a dozen cells a month instead.
 *
 * <p><b>Partitions.</b> Cubes are kept per partition — one brand, one month — described by a document of
 * {@value #PARTITIONS}: its version {@code v}, bumped ({@code dirty: true}) by every writer of the partition's
 * month cells before and after it writes them, and the generation {@code g} its cubes were last computed at. A
 * refresh reads the version, recomputes every cube cell of the partition from its month cells as generation
 * {@code v} (new documents, never overwriting another generation), and marks the partition clean at {@code v}
 * only if nobody bumped it meanwhile.
 *
 * <p><b>Why a read is exact.</b> A query reads the partitions of its brands and period first: from clean ones the
 * cube cells of their current generation, from the others (being written, or not refreshed yet) the month cells.
 * A generation is never modified once its partition was marked clean, and stays readable for
 * {@code retention} after it was superseded, longer than any query may run; exports that may run longer never read
 * cubes. A slow refresher's late writes land in a generation nobody reads and are collected later.
 */
final class Summaries {

    static final String PARTITIONS = "rollup_partitions";
    static final String GENERATION = "gen";
    private static final String VERSION = "v";
    private static final String DIRTY = "dirty";
    private static final String CLEAN_GENERATION = "g";
    private static final String CHECKPOINT = "cp";
    private static final String CHECKPOINT_AT = "cpAt";
    /** When the partition was last marked clean: every older generation was superseded by then. */
    private static final String CLEAN_AT = "gAt";
    /** Whether the generations older than the clean one were deleted since it was marked clean. */
    private static final String SWEPT = "swept";

    private static final String BACKFILLED = "backfilled";

    /**
     * The cubes, smallest first: a query is served by the first that keeps every key it filters or groups on. Each
     * has an index of its cells in the order of its finest keys (in the order of {@link GapDimension}, as groups
     * are sorted) then the month, so that MongoDB reads the first groups of a query grouped by those keys in key
     * order straight from the index, without sorting every cell of the period.
     */
    enum Cube {
        BRAND_VARIABLE(EnumSet.of(BRAND, VARIABLE, FAMILY, DIMENSION, COMMITMENT, BRAND_VALUE), VARIABLE),
        BRAND_TOUCHPOINT(EnumSet.of(BRAND, TOUCHPOINT, PHASE, CHANNEL), TOUCHPOINT),
        SEGMENT_VARIABLE(
                EnumSet.of(BRAND, SEGMENT, VARIABLE, FAMILY, DIMENSION, COMMITMENT, BRAND_VALUE), VARIABLE, SEGMENT),
        SEGMENT_TOUCHPOINT(EnumSet.of(BRAND, SEGMENT, TOUCHPOINT, PHASE, CHANNEL), TOUCHPOINT, SEGMENT),
        TOUCHPOINT_VARIABLE(
                EnumSet.of(BRAND, TOUCHPOINT, PHASE, CHANNEL, VARIABLE, FAMILY, DIMENSION, COMMITMENT, BRAND_VALUE),
                TOUCHPOINT,
                VARIABLE);

        private final Set<GapDimension> kept;
        private final List<GapDimension> sorted;

        Cube(Set<GapDimension> kept, GapDimension... sorted) {
            this.kept = kept;
            this.sorted = List.of(sorted);
        }

        /** The fields of the index of its cells in key order, after the tenant. */
        String[] sortedIndex() {
            List<String> fields =
                    new ArrayList<>(List.of(MongoGapStatisticsStore.GRAIN, CellKey.AUDIENCE, CellKey.BRAND));
            sorted.forEach(dimension -> fields.add(MongoGapStatisticsStore.field(dimension)));
            fields.add(MongoGapStatisticsStore.MONTH);
            fields.add(GENERATION);
            return fields.toArray(String[]::new);
        }

        /** The {@code grain} of its cells in the roll-up collection. */
        String grain() {
            return "CUBE_" + name();
        }

        Set<GapDimension> kept() {
            return kept;
        }
    }

    private final TenantScopedMongo mongo;
    private final Duration retention;
    private final Clock clock;

    Summaries(TenantScopedMongo mongo, Duration retention, Clock clock) {
        this.mongo = mongo;
        this.retention = retention;
        this.clock = clock;
    }

    void ensureIndexes() {
        for (Cube cube : Cube.values()) {
            mongo.indexes(MongoGapStatisticsStore.CELLS)
                    .ensureWhere(
                            "rollup_cells_tenant_" + cube.grain().toLowerCase(Locale.ROOT) + "_in_key_order",
                            MongoGapStatisticsStore.GRAIN,
                            cube.grain(),
                            cube.sortedIndex());
        }
        mongo.indexes(PARTITIONS)
                .ensure("rollup_partitions_tenant_dirty", false, DIRTY)
                .ensure("rollup_partitions_tenant_brand_month", false, CellKey.BRAND, MongoGapStatisticsStore.MONTH)
                .ensure("rollup_partitions_tenant_month", false, MongoGapStatisticsStore.MONTH);
    }

    /**
     * Gives every brand and month that has month cells a partition, once per tenant: for month cells written
     * before summaries existed. The partitions start dirty, so their cubes are computed by the next refresh and
     * until then queries read the month cells.
     */
    void backfill() {
        // every tenant with cells (a scan of the tenant index), then only those not back-filled yet read theirs
        for (TenantId tenant : mongo.tenantsHaving(MongoGapStatisticsStore.CELLS, new Document())) {
            TenantCollection partitions = mongo.collection(tenant, PARTITIONS);
            String marker = tenant.value() + "|" + BACKFILLED;
            try (Stream<Document> done = partitions.find(partitions.filter().append("_id", marker), new Document())) {
                if (done.findAny().isPresent()) {
                    continue;
                }
            }
            TenantCollection cells = mongo.collection(tenant, MongoGapStatisticsStore.CELLS);
            List<List<String>> pairs = new ArrayList<>();
            Document id = new Document(CellKey.BRAND, "$" + CellKey.BRAND)
                    .append(MongoGapStatisticsStore.MONTH, "$" + MongoGapStatisticsStore.MONTH);
            try (Stream<Document> found = cells.aggregate(
                    cells.filter().append(MongoGapStatisticsStore.GRAIN, Grain.MONTH.name()),
                    List.of(new Document("$group", new Document("_id", id))))) {
                found.forEach(group -> {
                    Document key = group.get("_id", Document.class);
                    pairs.add(List.of(key.getString(CellKey.BRAND), key.getString(MongoGapStatisticsStore.MONTH)));
                });
            }
            markStale(tenant, pairs);
            partitions.upsertEach(
                    List.of(partitions.filter().append("_id", marker)),
                    List.of(new Document("$set", new Document(BACKFILLED, true))));
        }
    }

    /**
     * Marks the partitions {@code (brand, month)} stale: their cubes are no longer read until refreshed. Writers
     * call it before and after writing month cells.
     */
    void markStale(TenantId tenant, Collection<List<String>> brandMonths) {
        if (brandMonths.isEmpty()) {
            return;
        }
        TenantCollection partitions = mongo.collection(tenant, PARTITIONS);
        List<Document> filters = new ArrayList<>();
        List<Document> updates = new ArrayList<>();
        for (List<String> pair : Set.copyOf(brandMonths)) {
            filters.add(partitions.filter().append("_id", partitionId(tenant, pair.get(0), pair.get(1))));
            updates.add(new Document("$inc", new Document(VERSION, 1L))
                    .append("$set", new Document(DIRTY, true))
                    .append(
                            "$setOnInsert",
                            new Document(CellKey.BRAND, pair.get(0))
                                    .append(MongoGapStatisticsStore.MONTH, pair.get(1))));
        }
        partitions.upsertEach(filters, updates);
    }

    /** How many partitions of the tenant are stale. */
    long stale(TenantId tenant) {
        TenantCollection partitions = mongo.collection(tenant, PARTITIONS);
        try (Stream<Document> found =
                partitions.find(partitions.filter().append(DIRTY, true), new Document("_id", 1))) {
            return found.count();
        }
    }

    /** The tenants with a stale partition. */
    Set<TenantId> tenantsWithStale() {
        return mongo.tenantsHaving(PARTITIONS, new Document(DIRTY, true));
    }

    /** Refreshes every stale partition of the tenant once; how many it marked clean. */
    long refresh(TenantId tenant) {
        TenantCollection partitions = mongo.collection(tenant, PARTITIONS);
        List<Document> stale;
        try (Stream<Document> found = partitions.find(partitions.filter().append(DIRTY, true), new Document())) {
            stale = found.toList();
        }
        long refreshed = 0;
        for (Document partition : stale) {
            refreshed += refresh(tenant, partition) ? 1 : 0;
        }
        return refreshed;
    }

    /**
     * Deletes the generations older than the clean one of every partition clean for longer than the retention, in
     * every tenant, once per clean generation; how many partitions it swept. A refresh collects only when it runs,
     * so a partition refreshed often and then left alone would keep up to one retention's worth of generations.
     * Safe whenever it runs: a generation older than the clean one was superseded by {@code gAt} at the latest,
     * and no query reads one superseded longer than the retention ago. A partition marked clean before {@code gAt}
     * was kept is given the time it is first seen clean here.
     */
    long collectSuperseded() {
        Instant now = clock.instant();
        Document undated = new Document(DIRTY, false).append(CLEAN_AT, new Document("$exists", false));
        for (TenantId tenant : mongo.tenantsHaving(PARTITIONS, undated)) {
            TenantCollection partitions = mongo.collection(tenant, PARTITIONS);
            Document ofTenant = partitions.filter();
            ofTenant.putAll(undated);
            partitions.updateMany(
                    ofTenant, new Document("$set", new Document(CLEAN_AT, Date.from(now)).append(SWEPT, false)));
        }
        Document due = new Document(DIRTY, false)
                .append(SWEPT, false)
                .append(CLEAN_AT, new Document("$lt", Date.from(now.minus(retention))));
        long swept = 0;
        for (TenantId tenant : mongo.tenantsHaving(PARTITIONS, due)) {
            TenantCollection partitions = mongo.collection(tenant, PARTITIONS);
            Document ofTenant = partitions.filter();
            ofTenant.putAll(due);
            List<Document> found;
            try (Stream<Document> stream = partitions.find(ofTenant, new Document())) {
                found = stream.toList();
            }
            for (Document partition : found) {
                long generation = ((Number) partition.get(CLEAN_GENERATION)).longValue();
                deleteGenerationsBefore(
                        tenant,
                        partition.getString(CellKey.BRAND),
                        partition.getString(MongoGapStatisticsStore.MONTH),
                        generation);
                swept += partitions.updateMany(
                        partitions
                                .filter()
                                .append("_id", partition.get("_id"))
                                .append(CLEAN_GENERATION, generation)
                                .append(DIRTY, false),
                        new Document("$set", new Document(SWEPT, true)));
            }
        }
        return swept;
    }

    /** Deletes the cube cells of the partition {@code (brand, month)} older than {@code generation}. */
    private void deleteGenerationsBefore(TenantId tenant, String brand, String month, long generation) {
        TenantCollection cells = mongo.collection(tenant, MongoGapStatisticsStore.CELLS);
        cells.deleteMany(cells.filter()
                .append(MongoGapStatisticsStore.GRAIN, new Document("$in", grains()))
                .append(CellKey.BRAND, brand)
                .append(MongoGapStatisticsStore.MONTH, month)
                .append(GENERATION, new Document("$lt", generation)));
    }

    /** Refreshes the partitions {@code (brand, month)} of the tenant, whatever their state. */
    void refresh(TenantId tenant, String brand, Collection<String> months) {
        TenantCollection partitions = mongo.collection(tenant, PARTITIONS);
        List<String> ids =
                months.stream().map(month -> partitionId(tenant, brand, month)).toList();
        List<Document> found;
        try (Stream<Document> stream =
                partitions.find(partitions.filter().append("_id", new Document("$in", ids)), new Document())) {
            found = stream.toList();
        }
        found.forEach(partition -> refresh(tenant, partition));
    }

    /**
     * Computes the cubes of one partition as the generation of the version read, and marks it clean at that
     * generation unless a writer bumped it meanwhile; collects generations superseded for longer than the
     * retention.
     */
    private boolean refresh(TenantId tenant, Document partition) {
        long generation = ((Number) partition.get(VERSION)).longValue();
        String brand = partition.getString(CellKey.BRAND);
        String month = partition.getString(MongoGapStatisticsStore.MONTH);
        TenantCollection cells = mongo.collection(tenant, MongoGapStatisticsStore.CELLS);
        Map<String, Document> cubes = new LinkedHashMap<>();
        Map<String, CellSums> sums = new HashMap<>();
        Document monthCells = cells.filter()
                .append(MongoGapStatisticsStore.GRAIN, Grain.MONTH.name())
                .append(CellKey.BRAND, brand)
                .append(MongoGapStatisticsStore.MONTH, month);
        try (Stream<Document> found = cells.find(monthCells, new Document())) {
            found.forEach(cell -> {
                for (Cube cube : Cube.values()) {
                    Document cubeCell = cubeCell(tenant, cube, generation, cell);
                    String id = cubeCell.getString("_id");
                    cubes.putIfAbsent(id, cubeCell);
                    sums.computeIfAbsent(id, any -> new CellSums()).addCell(cell);
                }
            });
        }
        List<Document> documents = new ArrayList<>(cubes.size());
        cubes.forEach((id, cell) -> {
            sums.get(id).writeTo(cell);
            documents.add(cell);
        });
        // an insert refused on _id is the same generation written by another refresher of the same version
        cells.replaceAllIfVersion(
                documents, MongoGapStatisticsStore.VERSION, Collections.nCopies(documents.size(), 0L));

        Instant now = clock.instant();
        Document clean = new Document(DIRTY, false)
                .append(CLEAN_GENERATION, generation)
                .append(CLEAN_AT, Date.from(now))
                .append(SWEPT, false);
        Date checkpointAt = partition.getDate(CHECKPOINT_AT);
        boolean collect = checkpointAt != null
                && !checkpointAt.toInstant().plus(retention).isAfter(now);
        if (checkpointAt == null || collect) {
            clean.append(CHECKPOINT, generation).append(CHECKPOINT_AT, Date.from(now));
        }
        TenantCollection partitions = mongo.collection(tenant, PARTITIONS);
        long marked = partitions.updateMany(
                partitions.filter().append("_id", partition.get("_id")).append(VERSION, generation),
                new Document("$set", clean));
        if (marked == 1 && collect) {
            // every generation older than the checkpoint's was superseded before it, more than the retention ago
            deleteGenerationsBefore(tenant, brand, month, ((Number) partition.get(CHECKPOINT)).longValue());
        }
        return marked == 1;
    }

    /**
     * Where a query reads: the cube, then per partition of its brands and period either the cube cells of its
     * current generation (clean) or its month cells (stale: being written, or not refreshed yet).
     *
     * @param clean       one clause {@code {grain, brandId, month, gen}} per clean partition
     * @param stale       one clause {@code {brandId, month}} per stale partition
     */
    record Plan(
            Cube cube,
            List<Document> clean,
            Set<String> cleanBrands,
            List<Document> stale,
            Set<String> staleBrands,
            Set<String> staleMonths) {}

    /**
     * How a query reads summaries; empty when it must read month cells alone (no cube keeps its keys, or none of its
     * partitions is clean).
     */
    Optional<Plan> plan(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        Optional<Cube> chosen = cubeFor(filter, grouping);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        TenantCollection partitions = mongo.collection(tenant, PARTITIONS);
        Document which = partitions.filter();
        Set<String> brands = filter.values().get(BRAND);
        if (brands != null) {
            which.append(CellKey.BRAND, new Document("$in", new ArrayList<>(brands)));
        }
        filter.period()
                .ifPresent(period -> which.append(
                        MongoGapStatisticsStore.MONTH,
                        new Document("$gte", MongoGapStatisticsStore.monthOf(period.from()))
                                .append("$lte", MongoGapStatisticsStore.monthOf(period.to()))));
        List<Document> clean = new ArrayList<>();
        Set<String> cleanBrands = new TreeSet<>();
        List<Document> stale = new ArrayList<>();
        Set<String> staleBrands = new TreeSet<>();
        Set<String> staleMonths = new TreeSet<>();
        try (Stream<Document> found = partitions.find(which, new Document())) {
            found.forEach(partition -> {
                String brand = partition.getString(CellKey.BRAND);
                String month = partition.getString(MongoGapStatisticsStore.MONTH);
                if (brand == null || month == null) {
                    return;
                }
                Object generation = partition.get(CLEAN_GENERATION);
                if (Boolean.FALSE.equals(partition.get(DIRTY)) && generation != null) {
                    clean.add(new Document(CellKey.BRAND, brand)
                            .append(MongoGapStatisticsStore.MONTH, month)
                            .append(GENERATION, generation));
                    cleanBrands.add(brand);
                } else {
                    stale.add(new Document(CellKey.BRAND, brand).append(MongoGapStatisticsStore.MONTH, month));
                    staleBrands.add(brand);
                    staleMonths.add(month);
                }
            });
        }
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Plan(chosen.get(), clean, cleanBrands, stale, staleBrands, staleMonths));
    }

    /**
     * The smallest cube that keeps every key the query filters or groups on, if the query reads month cells (whole
     * months, by month or coarser).
     */
    static Optional<Cube> cubeFor(GapFilter filter, CellGrouping grouping) {
        if (MongoGapStatisticsStore.grainFor(filter, grouping) != Grain.MONTH) {
            return Optional.empty();
        }
        Set<GapDimension> needed = EnumSet.noneOf(GapDimension.class);
        needed.addAll(filter.values().keySet());
        needed.addAll(grouping.dimensions());
        for (Cube cube : Cube.values()) {
            if (cube.kept().containsAll(needed)) {
                return Optional.of(cube);
            }
        }
        return Optional.empty();
    }

    private static List<String> grains() {
        return Stream.of(Cube.values()).map(Cube::grain).toList();
    }

    /** The cell of {@code cube} that the month cell {@code cell} falls into, without sums. */
    private static Document cubeCell(TenantId tenant, Cube cube, long generation, Document cell) {
        String month = cell.getString(MongoGapStatisticsStore.MONTH);
        StringBuilder identity = new StringBuilder()
                .append(tenant.value())
                .append('\u0000')
                .append(cube.name())
                .append('\u0000')
                .append(generation)
                .append('\u0000')
                .append(month)
                .append('\u0000')
                .append(cell.getString(CellKey.AUDIENCE));
        Document keys = new Document();
        for (GapDimension dimension : GapDimension.values()) {
            if (!cube.kept().contains(dimension)) {
                continue;
            }
            String field = MongoGapStatisticsStore.field(dimension);
            String value = cell.getString(field);
            identity.append('\u0000').append(value == null ? "\u0001" : value);
            if (value != null) {
                keys.append(field, value);
            }
        }
        Document document = new Document("_id", digest(identity.toString()))
                .append("tenant", tenant.value())
                .append(MongoGapStatisticsStore.GRAIN, cube.grain())
                .append(GENERATION, generation)
                .append(CellKey.AUDIENCE, cell.getString(CellKey.AUDIENCE))
                .append(MongoGapStatisticsStore.MONTH, month)
                .append(MongoGapStatisticsStore.QUARTER, cell.getString(MongoGapStatisticsStore.QUARTER))
                .append(MongoGapStatisticsStore.YEAR, cell.getString(MongoGapStatisticsStore.YEAR));
        document.putAll(keys);
        return document;
    }

    private static String partitionId(TenantId tenant, String brand, String month) {
        return tenant.value() + "|" + brand + "|" + month;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
