package com.gaplens.adapters.mongo.rollup;

import com.gaplens.adapters.mongo.rollup.CellKey.Grain;
import com.gaplens.adapters.mongo.tenancy.TenantCollection;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.listing.Cursor;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.bson.BsonBinaryReader;
import org.bson.BsonType;
import org.bson.Document;
import org.bson.RawBsonDocument;

/**
 * The roll-ups in the {@value #CELLS} collection, at two grains: day cells, recomputed from the raw
 * measurements, and month cells, recomputed from the day cells. Both carry every dimension of
 * {@link GapDimension}, the audience and the time keys; a query reads month cells when its period is made of whole
 * months and it groups by month or coarser, day cells otherwise.
 *
 * <p><b>Why it stays exact without transactions.</b> A cell is never incremented. To bring cells up to date, a
 * writer reads their versions, recomputes them whole from what they aggregate, and replaces each only if its
 * version is still the one read (an upsert whose guard fails hits the unique {@code _id} and is reported per
 * item); refused cells are recomputed again. So the last write of a cell always comes from a computation that
 * started after every earlier write to it, and so after every raw insert those writers had seen: concurrent
 * writers cannot lose each other's measurements. Raw measurements stay {@code PENDING} until their cells were
 * written, so a crash at any point leaves work that {@link #applyPending} — idempotent — finishes.
 */
public final class MongoGapStatisticsStore implements GapStatisticsStore {

    static final String CELLS = "rollup_cells";
    static final String MEASUREMENTS = "measurements";
    static final String GRAIN = "grain";
    static final String VERSION = "v";
    static final String MONTH_CELL = "monthCell";
    static final String DAY = "day";
    static final String WEEK = "week";
    static final String MONTH = "month";
    static final String QUARTER = "quarter";
    static final String YEAR = "year";

    /** How many reads of summary cells one query runs at once, each over some of its partitions. */
    static final int SUMMARY_READS = 4;
    /** Cells per batch of a sorted read of merged cells, which is usually stopped after its first groups. */
    private static final int SORTED_BATCH = 128;
    /** Cells of the first chunk of a sorted read of summaries; each next chunk is four times larger. */
    private static final int FIRST_CHUNK = 128;

    private static final int ATTEMPTS = 50;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MongoGapStatisticsStore.class);

    private final TenantScopedMongo mongo;
    private final Summaries summaries;
    private final int firstChunk;

    /** With summaries kept readable for 5 minutes after they were superseded. */
    public MongoGapStatisticsStore(TenantScopedMongo mongo) {
        this(mongo, Duration.ofMinutes(5), Clock.systemUTC());
    }

    /**
     * @param retention how long a superseded generation of summaries stays readable: longer than any query runs
     */
    public MongoGapStatisticsStore(TenantScopedMongo mongo, Duration retention, Clock clock) {
        this(mongo, retention, clock, FIRST_CHUNK);
    }

    /** @param firstChunk summary cells of the first chunk of a sorted read (tests make it tiny) */
    MongoGapStatisticsStore(TenantScopedMongo mongo, Duration retention, Clock clock, int firstChunk) {
        this.mongo = mongo;
        this.summaries = new Summaries(mongo, retention, clock);
        this.firstChunk = firstChunk;
    }

    /** Creates the indexes the roll-ups need; idempotent. */
    public void ensureIndexes() {
        mongo.indexes(CELLS)
                .ensure("rollup_cells_tenant_monthCell", false, MONTH_CELL)
                .ensure("rollup_cells_tenant_grain_brand_day", false, GRAIN, CellKey.BRAND, DAY)
                .ensure("rollup_cells_tenant_grain_brand_month", false, GRAIN, CellKey.BRAND, MONTH)
                .ensure("rollup_cells_tenant_grain_month", false, GRAIN, MONTH);
        summaries.ensureIndexes();
        summaries.backfill();
    }

    @Override
    public void applyPending(TenantId tenant, Collection<ExternalId> measurements) {
        if (measurements.isEmpty()) {
            return;
        }
        TenantCollection raw = mongo.collection(tenant, MEASUREMENTS);
        List<String> ids = measurements.stream().map(ExternalId::value).toList();
        Set<String> dayCells = new LinkedHashSet<>();
        Set<String> tokens = new HashSet<>();
        Document pending =
                raw.filter().append("externalId", new Document("$in", ids)).append("rollupState", "PENDING");
        try (Stream<Document> found = raw.find(
                pending, new Document("dayCell", 1).append("staleCells", 1).append("rollupToken", 1))) {
            found.forEach(document -> {
                dayCells.add(document.getString("dayCell"));
                List<?> stale = document.getList("staleCells", Object.class);
                if (stale != null) {
                    stale.forEach(cell -> dayCells.add((String) cell));
                }
                tokens.add(document.getString("rollupToken"));
            });
        }
        if (dayCells.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        Recomputation days = recomputeDays(tenant, dayCells);
        long t1 = System.nanoTime();
        // before: no summary of these months is read while their month cells change; after: a refresh that read
        // them before they changed is not marked clean
        summaries.markStale(tenant, days.brandMonths());
        Recomputation months = recomputeMonths(tenant, days.months());
        summaries.markStale(tenant, months.brandMonths());
        long t2 = System.nanoTime();
        raw.updateMany(
                pending.append("rollupToken", new Document("$in", new ArrayList<>(tokens))),
                new Document("$set", new Document("rollupState", "APPLIED"))
                        .append("$unset", new Document("staleCells", "")));
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "rolled up {} measurements of {}: {} day cells in {} ms, {} month cells in {} ms, marked in {} ms",
                    measurements.size(),
                    tenant,
                    days.checked(),
                    (t1 - t0) / 1_000_000,
                    months.checked(),
                    (t2 - t1) / 1_000_000,
                    (System.nanoTime() - t2) / 1_000_000);
        }
    }

    @Override
    public RebuildReport rebuild(TenantId tenant, BrandId brand, Period period, Consumer<RebuildReport> progress) {
        TenantCollection raw = mongo.collection(tenant, MEASUREMENTS);
        TenantCollection cells = mongo.collection(tenant, CELLS);
        long daysTotal = period.to().toEpochDay() - period.from().toEpochDay() + 1;
        long daysDone = 0;
        long read = 0;
        long checked = 0;
        long differing = 0;
        Set<String> months = new LinkedHashSet<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            months.add(monthOf(day));
        }
        summaries.markStale(
                tenant,
                months.stream().map(month -> List.of(brand.value(), month)).toList());
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            Set<String> ids = new LinkedHashSet<>();
            Document ofTheDay = raw.filter()
                    .append(CellKey.BRAND, brand.value())
                    .append(
                            "observedAt",
                            new Document(
                                            "$gte",
                                            Date.from(day.atStartOfDay(ZoneOffset.UTC)
                                                    .toInstant()))
                                    .append(
                                            "$lt",
                                            Date.from(day.plusDays(1)
                                                    .atStartOfDay(ZoneOffset.UTC)
                                                    .toInstant())));
            try (Stream<Document> found = raw.find(ofTheDay, new Document("dayCell", 1))) {
                for (Document document : (Iterable<Document>) found::iterator) {
                    ids.add(document.getString("dayCell"));
                    read++;
                }
            }
            Document storedCells = cells.filter()
                    .append(GRAIN, Grain.DAY.name())
                    .append(CellKey.BRAND, brand.value())
                    .append(DAY, day.toString());
            try (Stream<Document> found = cells.find(storedCells, new Document("_id", 1))) {
                found.forEach(document -> ids.add(document.getString("_id")));
            }
            Recomputation recomputed = recomputeDays(tenant, ids);
            checked += recomputed.checked();
            differing += recomputed.differing();
            months.add(TimeBucket.MONTH.keyOf(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
            daysDone++;
            progress.accept(new RebuildReport(daysTotal, daysDone, read, checked, differing));
        }
        for (String month : months) {
            Set<String> ids = new LinkedHashSet<>();
            Document monthCells = cells.filter()
                    .append(GRAIN, new Document("$in", List.of(Grain.DAY.name(), Grain.MONTH.name())))
                    .append(CellKey.BRAND, brand.value())
                    .append(MONTH, month);
            try (Stream<Document> found = cells.find(monthCells, new Document(MONTH_CELL, 1).append(GRAIN, 1))) {
                found.forEach(document -> ids.add(
                        Grain.MONTH.name().equals(document.getString(GRAIN))
                                ? document.getString("_id")
                                : document.getString(MONTH_CELL)));
            }
            Recomputation recomputed = recomputeMonths(tenant, ids);
            checked += recomputed.checked();
            differing += recomputed.differing();
        }
        summaries.markStale(
                tenant,
                months.stream().map(month -> List.of(brand.value(), month)).toList());
        summaries.refresh(tenant, brand.value(), months);
        RebuildReport report = new RebuildReport(daysTotal, daysDone, read, checked, differing);
        progress.accept(report);
        return report;
    }

    @Override
    public Stream<GroupedCell> query(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        Optional<Summaries.Plan> plan = summaries.plan(tenant, filter, grouping);
        if (plan.isEmpty()) {
            return read(tenant, filter, grouping);
        }
        // summaries of the clean partitions, month cells of the stale ones: two reads whose groups are merged here
        TenantCollection cells = mongo.collection(tenant, CELLS);
        Map<List<String>, CellSums> merged =
                readSummaries(cells, summaryReads(cells, filter, plan.get(), SUMMARY_READS), grouping);
        staleMonthCells(cells, filter, plan.get()).ifPresent(fromMonthCells -> {
            try (Stream<Document> results = cells.aggregate(fromMonthCells, stages(grouping, false))) {
                results.forEach(result -> merged.computeIfAbsent(
                                keyOf(result.get("_id") instanceof Document d ? d : new Document(), grouping),
                                any -> new CellSums())
                        .addCell(result));
            }
        });
        List<Map.Entry<List<String>, CellSums>> groups = new ArrayList<>(merged.entrySet());
        groups.sort(Map.Entry.comparingByKey(KEY_ORDER));
        return groups.stream().map(group -> groupedCell(group.getKey(), group.getValue(), grouping));
    }

    /**
     * Lets MongoDB sort: each source of cells (the summaries of the clean partitions, the month cells of the stale
     * ones, or the month or day cells when no summary serves the query) is read sorted by the group fields from
     * {@code after} on, and the sources are merged as they stream, group by group. Summaries are read in chunks
     * sorted with a limit, which MongoDB sorts by keeping the first cells only: the first 100 groups of thousands
     * cost a chunk, not every cell.
     */
    @Override
    public Stream<GroupedCell> queryInKeyOrder(
            TenantId tenant, GapFilter filter, CellGrouping grouping, Optional<GroupKey> after, boolean descending) {
        TenantCollection cells = mongo.collection(tenant, CELLS);
        List<String> fields = groupFields(grouping);
        Optional<Document> range = after.map(key -> after(fields, keyValues(key, grouping), descending));
        List<Supplier<Stream<Keyed>>> sources = new ArrayList<>();
        Optional<Summaries.Plan> plan = summaries.plan(tenant, filter, grouping);
        if (plan.isEmpty()) {
            Document match =
                    within(match(cells, filter, grainFor(filter, grouping).name()), range);
            sources.add(() -> grouped(cells, match, grouping, descending));
        } else {
            for (Document read : summaryReads(cells, filter, plan.get(), 1)) {
                Document match = within(read, range);
                sources.add(() -> sortedSummaries(cells, match, fields, descending));
            }
            staleMonthCells(cells, filter, plan.get())
                    .map(match -> within(match, range))
                    .ifPresent(match -> sources.add(() -> grouped(cells, match, grouping, descending)));
        }
        return merged(open(sources), descending ? KEY_ORDER.reversed() : KEY_ORDER)
                .map(group -> groupedCell(group.key(), group.sums(), grouping));
    }

    /**
     * The summary cells {@code match} keeps, sorted by {@code fields}, read in chunks of a growing size that MongoDB
     * sorts with a limit (keeping the first cells only, rather than sorting them all). A group may straddle two
     * chunks: each chunk but the last stops before its last key, and the next starts at that key.
     */
    private Stream<Keyed> sortedSummaries(
            TenantCollection cells, Document match, List<String> fields, boolean descending) {
        Document projection = summaryProjection(fields);
        Document sort = new Document();
        fields.forEach(field -> sort.append(field, descending ? -1 : 1));
        Iterator<Keyed> sorted = new Iterator<>() {
            private final ArrayDeque<Keyed> ready = new ArrayDeque<>();
            private List<String> from;
            private int limit = firstChunk;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && !exhausted) {
                    Document chunk =
                            from == null ? match : within(match, Optional.of(notBefore(fields, from, descending)));
                    List<Keyed> read;
                    try (Stream<RawBsonDocument> found = cells.findRawSorted(chunk, projection, sort, limit)) {
                        read = found.map(cell -> keyed(cell, fields)).toList();
                    }
                    if (read.size() < limit) {
                        ready.addAll(read);
                        exhausted = true;
                    } else {
                        List<String> last = read.getLast().key();
                        read.stream().filter(cell -> !cell.key().equals(last)).forEach(ready::add);
                        from = last;
                    }
                    limit *= 4;
                }
                return !ready.isEmpty();
            }

            @Override
            public Keyed next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(sorted, Spliterator.ORDERED), false);
    }

    /** A group's key and sums, or one cell's on its way to being merged into its group. */
    private record Keyed(List<String> key, CellSums sums) {}

    /**
     * The reads of the summaries of the clean partitions a plan names: a query over many partitions (a year is
     * twelve per brand) is split into up to {@code most} reads, which run at once.
     */
    private static List<Document> summaryReads(
            TenantCollection cells, GapFilter filter, Summaries.Plan plan, int most) {
        Document match = match(cells, filter, plan.cube().grain());
        if (!filter.values().containsKey(GapDimension.BRAND)) {
            match.append(CellKey.BRAND, new Document("$in", new ArrayList<>(plan.cleanBrands())));
        }
        List<Document> clauses = plan.clean();
        int reads = Math.min(most, clauses.size());
        List<Document> filters = new ArrayList<>();
        for (int part = 0; part < reads; part++) {
            List<Document> some = new ArrayList<>();
            for (int i = part; i < clauses.size(); i += reads) {
                some.add(clauses.get(i));
            }
            filters.add(new Document(match).append("$or", some));
        }
        return filters;
    }

    /** The month cells of the partitions a plan found stale, if any. */
    private static Optional<Document> staleMonthCells(TenantCollection cells, GapFilter filter, Summaries.Plan plan) {
        if (plan.stale().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(match(cells, filter, Grain.MONTH.name())
                .append("$or", plan.stale())
                .append(CellKey.BRAND, new Document("$in", new ArrayList<>(plan.staleBrands())))
                .append(MONTH, new Document("$in", new ArrayList<>(plan.staleMonths()))));
    }

    private static Document summaryProjection(List<String> keyFields) {
        Document fields = new Document();
        keyFields.forEach(field -> fields.append(field, 1));
        for (String sum : CellSums.FIELDS) {
            fields.append(sum, 1);
        }
        return fields;
    }

    /**
     * The summary cells of the clean partitions, merged per group. Summary cells are few and about one per group,
     * so they are merged here rather than by MongoDB's {@code $group}, read as raw BSON in one pass each; the reads
     * run at once, each merging its own groups, their results merged last.
     */
    private static Map<List<String>, CellSums> readSummaries(
            TenantCollection cells, List<Document> filters, CellGrouping grouping) {
        List<String> keyFields = groupFields(grouping);
        Document fields = summaryProjection(keyFields);
        if (filters.size() <= 1) {
            return filters.isEmpty() ? new HashMap<>() : mergeSummaries(cells, filters.getFirst(), fields, keyFields);
        }
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Map<List<String>, CellSums>>> parts = new ArrayList<>();
            for (Document part : filters) {
                parts.add(readers.submit(() -> mergeSummaries(cells, part, fields, keyFields)));
            }
            Map<List<String>, CellSums> merged = new HashMap<>();
            for (Future<Map<List<String>, CellSums>> part : parts) {
                resultOf(part).forEach((key, sums) -> merged.merge(key, sums, CellSums::plus));
            }
            return merged;
        }
    }

    private static Map<List<String>, CellSums> mergeSummaries(
            TenantCollection cells, Document filter, Document fields, List<String> keyFields) {
        Map<List<String>, CellSums> merged = new HashMap<>();
        try (Stream<RawBsonDocument> found = cells.findRaw(filter, fields)) {
            found.forEach(cell -> {
                Keyed one = keyed(cell, keyFields);
                merged.merge(one.key(), one.sums(), CellSums::plus);
            });
        }
        return merged;
    }

    /** A summary cell's key (its values of the group fields) and sums, read in one pass over its raw BSON. */
    private static Keyed keyed(RawBsonDocument cell, List<String> keyFields) {
        String[] key = new String[keyFields.size()];
        CellSums sums = new CellSums();
        try (BsonBinaryReader reader = new BsonBinaryReader(cell.getByteBuffer().asNIO())) {
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String field = reader.readName();
                int k = keyFields.indexOf(field);
                if (k >= 0 && reader.getCurrentBsonType() == BsonType.STRING) {
                    key[k] = reader.readString();
                } else if (!sums.add(field, reader)) {
                    reader.skipValue();
                }
            }
            reader.readEndDocument();
        }
        return new Keyed(Arrays.asList(key), sums);
    }

    /** The cells {@code match} keeps merged per group by MongoDB, sorted by the group fields. */
    private static Stream<Keyed> grouped(
            TenantCollection cells, Document match, CellGrouping grouping, boolean descending) {
        List<Document> stages = new ArrayList<>(stages(grouping, false));
        Document sort = new Document();
        groupFields(grouping).forEach(field -> sort.append("_id." + field, descending ? -1 : 1));
        if (!sort.isEmpty()) {
            stages.add(new Document("$sort", sort));
        }
        return cells.aggregate(match, stages, SORTED_BATCH).map(result -> {
            CellSums sums = new CellSums();
            sums.addCell(result);
            return new Keyed(keyOf(result.get("_id") instanceof Document d ? d : new Document(), grouping), sums);
        });
    }

    /**
     * The cells whose values of {@code fields} come after {@code values} (null: absent) in the order MongoDB sorts
     * them, ascending or descending: equal on the fields before one, after on that one, for each field in turn.
     * Absent sorts before any text, and {@code $gt}/{@code $lt} only compare text with text.
     */
    private static Document after(List<String> fields, List<String> values, boolean descending) {
        List<Document> clauses = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            String value = values.get(i);
            Document clause = new Document();
            for (int j = 0; j < i; j++) {
                clause.append(fields.get(j), values.get(j));
            }
            if (!descending) {
                clause.append(field, value == null ? new Document("$type", "string") : new Document("$gt", value));
            } else if (value == null) {
                continue;
            } else {
                clause.append(
                        "$or", List.of(new Document(field, new Document("$lt", value)), new Document(field, null)));
            }
            clauses.add(clause);
        }
        // nothing comes after the last group (or after the one group of a query grouped by nothing)
        return clauses.isEmpty() ? new Document("_id", new Document("$in", List.of())) : new Document("$or", clauses);
    }

    /** The cells whose values of {@code fields} equal {@code values} or come after them. */
    private static Document notBefore(List<String> fields, List<String> values, boolean descending) {
        Document equal = new Document();
        for (int i = 0; i < fields.size(); i++) {
            equal.append(fields.get(i), values.get(i));
        }
        return new Document("$or", List.of(equal, after(fields, values, descending)));
    }

    /** {@code match} narrowed to {@code range} if there is one (beside any range it already has). */
    private static Document within(Document match, Optional<Document> range) {
        if (range.isEmpty()) {
            return match;
        }
        List<Object> all = new ArrayList<>();
        if (match.get("$and") instanceof List<?> earlier) {
            all.addAll(earlier);
        }
        all.add(range.get());
        return new Document(match).append("$and", all);
    }

    /** The values of a group key in the order of {@link #groupFields}. */
    private static List<String> keyValues(GroupKey key, CellGrouping grouping) {
        List<String> values = new ArrayList<>();
        grouping.dimensions().forEach(dimension -> values.add(key.values().get(dimension)));
        grouping.bucket().ifPresent(bucket -> values.add(key.bucket().orElse(null)));
        return values;
    }

    /**
     * Opens the sources in turn (an aggregation runs when opened, a read of summaries when first read); if one
     * fails, those already opened are closed.
     */
    private static List<Stream<Keyed>> open(List<Supplier<Stream<Keyed>>> sources) {
        List<Stream<Keyed>> opened = new ArrayList<>();
        try {
            for (Supplier<Stream<Keyed>> source : sources) {
                opened.add(source.get());
            }
            return opened;
        } catch (RuntimeException e) {
            throw closedAfter(e, opened);
        }
    }

    /** {@code failure}, once every stream is closed (a failure to close one suppressed in it). */
    private static RuntimeException closedAfter(RuntimeException failure, List<? extends Stream<?>> streams) {
        try {
            closeAll(streams);
        } catch (RuntimeException closing) {
            failure.addSuppressed(closing);
        }
        return failure;
    }

    /**
     * Sources sorted in {@code order} merged into one stream in that order, the cells of equal keys merged into one
     * group; closing it closes every source.
     */
    private static Stream<Keyed> merged(List<Stream<Keyed>> sources, Comparator<List<String>> order) {
        record Head(Keyed current, Iterator<Keyed> rest) {}
        PriorityQueue<Head> heads =
                new PriorityQueue<>(Comparator.comparing(head -> head.current().key(), order));
        try {
            for (Stream<Keyed> source : sources) {
                Iterator<Keyed> cells = source.iterator();
                if (cells.hasNext()) {
                    heads.add(new Head(cells.next(), cells));
                }
            }
        } catch (RuntimeException e) {
            throw closedAfter(e, sources);
        }
        Iterator<Keyed> groups = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public Keyed next() {
                if (heads.isEmpty()) {
                    throw new NoSuchElementException();
                }
                List<String> key = heads.peek().current().key();
                CellSums sums = new CellSums();
                while (!heads.isEmpty() && order.compare(heads.peek().current().key(), key) == 0) {
                    Head head = heads.poll();
                    sums = sums.plus(head.current().sums());
                    if (head.rest().hasNext()) {
                        heads.add(new Head(head.rest().next(), head.rest()));
                    }
                }
                return new Keyed(key, sums);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(groups, Spliterator.ORDERED), false)
                .onClose(() -> closeAll(sources));
    }

    /** Closes every stream, even when closing one fails; the first failure is thrown last. */
    private static void closeAll(List<? extends Stream<?>> streams) {
        RuntimeException failure = null;
        for (Stream<?> stream : streams) {
            try {
                stream.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The result of a read run on another thread, its failure rethrown as it was. */
    private static <T> T resultOf(Future<T> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading summaries", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public Stream<GroupedCell> export(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        return read(tenant, filter, grouping);
    }

    @Override
    public long refreshSummaries(TenantId tenant) {
        return summaries.refresh(tenant);
    }

    @Override
    public long staleSummaries(TenantId tenant) {
        return summaries.stale(tenant);
    }

    @Override
    public Set<TenantId> tenantsWithStaleSummaries() {
        return summaries.tenantsWithStale();
    }

    @Override
    public long collectSupersededSummaries() {
        return summaries.collectSuperseded();
    }

    /** Merges per group the month or day cells the filter keeps, streamed from MongoDB in the order of the keys. */
    private Stream<GroupedCell> read(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        TenantCollection cells = mongo.collection(tenant, CELLS);
        Document match = match(cells, filter, grainFor(filter, grouping).name());
        return cells.aggregate(match, stages(grouping, true)).map(result -> {
            CellSums sums = new CellSums();
            sums.addCell(result);
            return groupedCell(
                    keyOf(result.get("_id") instanceof Document d ? d : new Document(), grouping), sums, grouping);
        });
    }

    /** The cells of {@code grain} that the filter keeps. */
    private static Document match(TenantCollection cells, GapFilter filter, String grain) {
        Document match = cells.filter()
                .append(GRAIN, grain)
                .append(CellKey.AUDIENCE, filter.audience().name());
        filter.values()
                .forEach((dimension, kept) ->
                        match.append(field(dimension), new Document("$in", new ArrayList<>(kept))));
        filter.period().ifPresent(period -> {
            if (Grain.DAY.name().equals(grain)) {
                match.append(
                        DAY,
                        new Document("$gte", period.from().toString())
                                .append("$lte", period.to().toString()));
            } else {
                match.append(MONTH, new Document("$gte", monthOf(period.from())).append("$lte", monthOf(period.to())));
            }
        });
        return match;
    }

    private static List<Document> stages(CellGrouping grouping, boolean sorted) {
        Document id = new Document();
        groupFields(grouping).forEach(field -> id.append(field, "$" + field));
        Document group = new Document("_id", id.isEmpty() ? null : id);
        for (String sum : CellSums.FIELDS) {
            group.append(sum, new Document("$sum", "$" + sum));
        }
        return sorted
                ? List.of(new Document("$group", group), new Document("$sort", new Document("_id", 1)))
                : List.of(new Document("$group", group));
    }

    /** The fields a group is keyed by: those of its dimensions, then the bucket's. */
    private static List<String> groupFields(CellGrouping grouping) {
        List<String> fields = new ArrayList<>();
        grouping.dimensions().forEach(dimension -> fields.add(field(dimension)));
        grouping.bucket().ifPresent(bucket -> fields.add(bucketField(bucket)));
        return fields;
    }

    /** The key of the group a cell (or a group's {@code _id}) belongs to: its values of the group fields. */
    private static List<String> keyOf(Document cell, CellGrouping grouping) {
        List<String> key = new ArrayList<>();
        for (String field : groupFields(grouping)) {
            key.add(cell.get(field) instanceof String value ? value : null);
        }
        return key;
    }

    private static GroupedCell groupedCell(List<String> key, CellSums sums, CellGrouping grouping) {
        Map<GapDimension, String> values = new EnumMap<>(GapDimension.class);
        int i = 0;
        for (GapDimension dimension : grouping.dimensions()) {
            String value = key.get(i++);
            if (value != null) {
                values.put(dimension, value);
            }
        }
        Optional<String> bucket = grouping.bucket().map(any -> key.getLast());
        return new GroupedCell(values, bucket, sums.statistics(), sums.emotions());
    }

    /** Orders group keys as MongoDB sorts them: value by value, an absent key first, text by code point. */
    private static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        Comparator<String> values = Comparator.nullsFirst(Cursor.KEY_ORDER);
        for (int i = 0; i < a.size(); i++) {
            int order = values.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    /** Month cells serve whole months grouped by month or coarser; day cells serve everything else. */
    static Grain grainFor(GapFilter filter, CellGrouping grouping) {
        boolean fineBucket = grouping.bucket()
                .map(b -> b == TimeBucket.DAY || b == TimeBucket.WEEK)
                .orElse(false);
        boolean wholeMonths = filter.period()
                .map(p ->
                        p.from().getDayOfMonth() == 1 && p.to().equals(p.to().with(TemporalAdjusters.lastDayOfMonth())))
                .orElse(true);
        return fineBucket || !wholeMonths ? Grain.DAY : Grain.MONTH;
    }

    static String field(GapDimension dimension) {
        return switch (dimension) {
            case BRAND -> CellKey.BRAND;
            case BRAND_VALUE -> CellKey.BRAND_VALUE;
            case COMMITMENT -> CellKey.COMMITMENT;
            case PHASE -> CellKey.PHASE;
            case TOUCHPOINT -> CellKey.TOUCHPOINT;
            case CHANNEL -> CellKey.CHANNEL;
            case FAMILY -> CellKey.FAMILY;
            case DIMENSION -> CellKey.DIMENSION;
            case VARIABLE -> CellKey.VARIABLE;
            case SEGMENT -> CellKey.SEGMENT;
            case METHOD -> CellKey.METHOD;
        };
    }

    private static String bucketField(TimeBucket bucket) {
        return switch (bucket) {
            case DAY -> DAY;
            case WEEK -> WEEK;
            case MONTH -> MONTH;
            case QUARTER -> QUARTER;
            case YEAR -> YEAR;
        };
    }

    static String monthOf(LocalDate day) {
        return TimeBucket.MONTH.keyOf(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** What recomputing cells did: how many it recomputed, how many differed, the month cells they belong to. */
    private record Recomputation(long checked, long differing, Set<String> months, Set<List<String>> brandMonths) {}

    /** Recomputes the day cells {@code ids} from the raw measurements whose {@code dayCell} they are. */
    private Recomputation recomputeDays(TenantId tenant, Set<String> ids) {
        TenantCollection raw = mongo.collection(tenant, MEASUREMENTS);
        String tenantValue = tenant.value();
        return recompute(tenant, ids, pending -> {
            Map<String, Computed> computed = new HashMap<>();
            Document filter = raw.filter().append("dayCell", new Document("$in", new ArrayList<>(pending)));
            Document fields = new Document("dayCell", 1)
                    .append("day", 1)
                    .append("w", 1)
                    .append("x", 1)
                    .append("s", 1)
                    .append("target", 1)
                    .append("emotion", 1)
                    .append("emotionIntensity", 1);
            for (String keyField : CellKey.FIELDS) {
                fields.append(keyField, 1);
            }
            try (Stream<Document> found = raw.find(filter, fields)) {
                found.forEach(document -> computed.computeIfAbsent(
                                document.getString("dayCell"),
                                id -> new Computed(dayCell(tenantValue, id, document), new CellSums()))
                        .sums()
                        .addMeasurement(document));
            }
            return computed;
        });
    }

    /** Recomputes the month cells {@code ids} from the day cells whose {@code monthCell} they are. */
    private Recomputation recomputeMonths(TenantId tenant, Set<String> ids) {
        TenantCollection cells = mongo.collection(tenant, CELLS);
        String tenantValue = tenant.value();
        return recompute(tenant, ids, pending -> {
            Map<String, Computed> computed = new HashMap<>();
            Document filter = cells.filter().append(MONTH_CELL, new Document("$in", new ArrayList<>(pending)));
            try (Stream<Document> found = cells.find(filter, new Document())) {
                found.forEach(day -> computed.computeIfAbsent(
                                day.getString(MONTH_CELL),
                                id -> new Computed(monthCell(tenantValue, id, day), new CellSums()))
                        .sums()
                        .addCell(day));
            }
            return computed;
        });
    }

    /** The day cell {@code id} that the raw measurement {@code measurement} falls into, without sums. */
    static Document dayCell(String tenant, String id, Document measurement) {
        CellKey key = CellKey.of(measurement);
        LocalDate day = LocalDate.parse(measurement.getString(DAY));
        Document cell = new Document("_id", id).append("tenant", tenant).append(GRAIN, Grain.DAY.name());
        timeKeys(cell, day, true);
        key.writeTo(cell);
        cell.append(MONTH_CELL, key.monthCell(tenant, monthOf(day)));
        return cell;
    }

    /** The month cell {@code id} that the day cell {@code day} falls into, without sums. */
    static Document monthCell(String tenant, String id, Document day) {
        Document cell = new Document("_id", id).append("tenant", tenant).append(GRAIN, Grain.MONTH.name());
        timeKeys(cell, LocalDate.parse(day.getString(DAY)), false);
        CellKey.of(day).writeTo(cell);
        return cell;
    }

    private record Computed(Document cell, CellSums sums) {}

    private interface Source {
        Map<String, Computed> compute(Set<String> ids);
    }

    /**
     * Brings the cells {@code ids} to what {@code source} computes: replaces those that differ, deletes those it
     * computes nothing for, each guarded by the version read before computing; retries those refused.
     */
    private Recomputation recompute(TenantId tenant, Set<String> ids, Source source) {
        TenantCollection cells = mongo.collection(tenant, CELLS);
        long checked = 0;
        long differing = 0;
        Set<String> months = new LinkedHashSet<>();
        Set<List<String>> brandMonths = new LinkedHashSet<>();
        Set<String> pending = new LinkedHashSet<>(ids);
        for (int attempt = 0; attempt < ATTEMPTS && !pending.isEmpty(); attempt++) {
            Map<String, Document> stored = new HashMap<>();
            try (Stream<Document> found = cells.find(
                    cells.filter().append("_id", new Document("$in", new ArrayList<>(pending))), new Document())) {
                found.forEach(cell -> stored.put(cell.getString("_id"), cell));
            }
            stored.values().forEach(cell -> {
                if (cell.getString(MONTH_CELL) != null) {
                    months.add(cell.getString(MONTH_CELL));
                }
                brandMonths.add(brandMonth(cell));
            });
            long read = System.nanoTime();
            Map<String, Computed> computed = source.compute(pending);
            long sourced = System.nanoTime();
            List<Document> replacements = new ArrayList<>();
            List<Long> expected = new ArrayList<>();
            List<Object> deletions = new ArrayList<>();
            List<Long> deletedVersions = new ArrayList<>();
            for (String id : pending) {
                checked++;
                Document current = stored.get(id);
                long version = current == null ? 0 : ((Number) current.get(VERSION)).longValue();
                Computed next = computed.get(id);
                if (next == null) {
                    if (current != null) {
                        differing++;
                        deletions.add(id);
                        deletedVersions.add(version);
                    }
                    continue;
                }
                if (next.cell().getString(MONTH_CELL) != null) {
                    months.add(next.cell().getString(MONTH_CELL));
                }
                brandMonths.add(brandMonth(next.cell()));
                if (current != null && next.sums().sameAs(current)) {
                    continue;
                }
                differing++;
                Document cell = next.cell();
                next.sums().writeTo(cell);
                cell.append(VERSION, version + 1);
                replacements.add(cell);
                expected.add(version);
            }
            cells.deleteAllIfVersion(deletions, VERSION, deletedVersions);
            Set<Integer> refused = cells.replaceAllIfVersion(replacements, VERSION, expected);
            if (LOG.isDebugEnabled()) {
                LOG.debug(
                        "recomputed {} cells: computed in {} ms, {} written in {} ms",
                        pending.size(),
                        (sourced - read) / 1_000_000,
                        replacements.size(),
                        (System.nanoTime() - sourced) / 1_000_000);
            }
            Set<String> again = new LinkedHashSet<>();
            refused.forEach(index -> again.add(replacements.get(index).getString("_id")));
            checked -= again.size();
            differing -= again.size();
            pending = again;
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException(pending.size() + " roll-up cells of tenant " + tenant
                    + " kept changing under " + ATTEMPTS + " recomputations; their measurements stay pending");
        }
        return new Recomputation(checked, differing, months, brandMonths);
    }

    /** The summary partition a cell belongs to: its brand and month. */
    private static List<String> brandMonth(Document cell) {
        return List.of(cell.getString(CellKey.BRAND), cell.getString(MONTH));
    }

    private static void timeKeys(Document cell, LocalDate day, boolean withDay) {
        var instant = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (withDay) {
            cell.append(DAY, day.toString()).append(WEEK, TimeBucket.WEEK.keyOf(instant));
        }
        cell.append(MONTH, TimeBucket.MONTH.keyOf(instant))
                .append(QUARTER, TimeBucket.QUARTER.keyOf(instant))
                .append(YEAR, TimeBucket.YEAR.keyOf(instant));
    }
}
