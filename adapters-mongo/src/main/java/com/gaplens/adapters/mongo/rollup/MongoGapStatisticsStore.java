package com.gaplens.adapters.mongo.rollup;

import com.gaplens.adapters.mongo.rollup.CellReads.Keyed;
import com.gaplens.adapters.mongo.tenancy.TenantCollection;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.application.rollup.RollupLevel;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.bson.Document;
import org.bson.RawBsonDocument;

/**
 * The gap views' reads of the roll-up cells. Every query reads exactly one level ({@link RollupLevel#serving}), kept
 * exact by the additions of every change, so no read ever merges levels or waits for a refresh.
 *
 * <ul>
 *   <li>A cube (a dozen cells a month per brand, about one per group) is read as raw BSON and merged in the
 *       application, which is cheaper here than MongoDB's {@code $group}.</li>
 *   <li>Day and month cells (up to one per measurement) are merged by MongoDB's {@code $group}, streamed.</li>
 *   <li>In key order ({@link #queryInKeyOrder}), MongoDB sorts: a cube's cells are read sorted by the group fields
 *       from the cursor's group on, in chunks sorted with a limit (through the cube's index in key order when the
 *       grouping follows it), merged as they stream; day and month cells are grouped and sorted by MongoDB.</li>
 * </ul>
 */
public final class MongoGapStatisticsStore implements GapStatisticsStore {

    /** Cells of the first chunk of a sorted read of a cube; each next chunk is four times larger. */
    static final int FIRST_CHUNK = 128;

    /** Groups per batch of a sorted read of merged cells, which is usually stopped after its first groups. */
    private static final int SORTED_BATCH = 128;

    private final TenantScopedMongo mongo;
    private final int firstChunk;

    public MongoGapStatisticsStore(TenantScopedMongo mongo) {
        this(mongo, FIRST_CHUNK);
    }

    /** @param firstChunk cube cells of the first chunk of a sorted read (tests make it tiny) */
    MongoGapStatisticsStore(TenantScopedMongo mongo, int firstChunk) {
        this.mongo = mongo;
        this.firstChunk = firstChunk;
    }

    @Override
    public Stream<GroupedCell> query(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        RollupLevel level = RollupLevel.serving(filter, grouping);
        if (!level.isCube()) {
            return queryInKeyOrder(tenant, filter, grouping, Optional.empty(), false);
        }
        TenantCollection cells = mongo.collection(tenant, CellDocument.COLLECTION);
        Optional<String[]> months = months(filter);
        Map<List<String>, CellSums.Accumulator> groups = new HashMap<>();
        try (Stream<RawBsonDocument> found =
                cells.findRaw(CellReads.match(cells, filter, level), CellReads.cubeProjection(grouping))) {
            found.forEach(document -> CellReads.cubeEntries(document, grouping, months, false)
                    .forEach(entry -> groups.merge(entry.key(), entry.sums(), CellSums.Accumulator::add)));
        }
        List<Keyed> sorted = new ArrayList<>(groups.size());
        groups.forEach((key, sums) -> sorted.add(new Keyed(key, sums)));
        sorted.sort(Comparator.comparing(Keyed::key, KeyOrder.GROUPS));
        return sorted.stream().flatMap(group -> CellReads.groupedCell(group, grouping).stream());
    }

    @Override
    public Stream<GroupedCell> queryInKeyOrder(
            TenantId tenant, GapFilter filter, CellGrouping grouping, Optional<GroupKey> after, boolean descending) {
        RollupLevel level = RollupLevel.serving(filter, grouping);
        TenantCollection cells = mongo.collection(tenant, CellDocument.COLLECTION);
        List<String> fields = KeyOrder.groupFields(grouping);
        Optional<List<String>> cursor = after.map(key -> CellReads.keyValues(key, grouping));
        Document match = CellReads.match(cells, filter, level);
        Stream<Keyed> groups;
        if (level.isCube()) {
            groups = adjacentMerged(sortedCubeEntries(cells, match, filter, grouping, cursor, descending));
        } else if (level == RollupLevel.MONTH) {
            Document range = cursor.map(values -> CellReads.after(fields, values, descending))
                    .orElse(null);
            groups = cells.aggregate(
                            CellReads.within(match, Optional.ofNullable(range)),
                            CellReads.groupStages(filter, grouping, level, Optional.empty(), true, descending),
                            SORTED_BATCH)
                    .map(result -> CellReads.keyedGroup(result, fields));
        } else {
            groups = cells.aggregate(
                            match,
                            CellReads.groupStages(filter, grouping, level, cursor, true, descending),
                            SORTED_BATCH)
                    .map(result -> CellReads.keyedGroup(result, fields));
        }
        return groups.flatMap(group -> CellReads.groupedCell(group, grouping).stream());
    }

    /** Streams in the order of their keys, over any period: an export reads the same cells as a query. */
    @Override
    public Stream<GroupedCell> export(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        return queryInKeyOrder(tenant, filter, grouping, Optional.empty(), false);
    }

    /** The months a period covers, first and last ({@code 2026-11}); empty without a period. */
    private static Optional<String[]> months(GapFilter filter) {
        return filter.period().map(period -> new String[] {
            period.from().toString().substring(0, 7), period.to().toString().substring(0, 7)
        });
    }

    /**
     * The month entries of the cube documents {@code match} keeps, in key order from the cursor's group on. The
     * documents are read sorted by the grouping's dimensions then the year, in chunks of a growing size that MongoDB
     * sorts with a limit (through the cube's index in key order when the grouping follows it); a document's entries
     * follow in the order of their months. A chunk stops before the last dimensions' key it read, which the next chunk
     * reads whole: the entries of one key are never split between chunks.
     */
    private Stream<Keyed> sortedCubeEntries(
            TenantCollection cells,
            Document match,
            GapFilter filter,
            CellGrouping grouping,
            Optional<List<String>> cursor,
            boolean descending) {
        Optional<String[]> months = months(filter);
        Document projection = CellReads.cubeProjection(grouping);
        List<String> dimensions = new ArrayList<>();
        grouping.dimensions().forEach(d -> dimensions.add(KeyFields.of(d)));
        java.util.function.Predicate<Keyed> afterCursor = entry -> cursor.isEmpty()
                || (descending
                        ? KeyOrder.GROUPS.compare(entry.key(), cursor.get()) < 0
                        : KeyOrder.GROUPS.compare(entry.key(), cursor.get()) > 0);
        if (dimensions.isEmpty()) {
            // groups by time alone: few, sorted here
            List<Keyed> all = new ArrayList<>();
            try (Stream<RawBsonDocument> found = cells.findRaw(match, projection)) {
                found.forEach(document -> all.addAll(CellReads.cubeEntries(document, grouping, months, descending)));
            }
            all.sort(Comparator.comparing(Keyed::key, descending ? KeyOrder.GROUPS.reversed() : KeyOrder.GROUPS));
            return all.stream().filter(afterCursor);
        }
        Document sort = new Document();
        dimensions.forEach(field -> sort.append(field, descending ? -1 : 1));
        sort.append(KeyFields.YEAR, descending ? -1 : 1);
        Optional<List<String>> start = cursor.map(values -> values.subList(0, dimensions.size()));
        Iterator<Keyed> sorted = new Iterator<>() {
            private final java.util.ArrayDeque<Keyed> ready = new java.util.ArrayDeque<>();
            private Optional<List<String>> from = start;
            private int limit = firstChunk;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && !exhausted) {
                    Document chunk = from.isEmpty()
                            ? match
                            : CellReads.within(
                                    match, Optional.of(CellReads.notBefore(dimensions, from.get(), descending)));
                    List<List<Keyed>> read = new ArrayList<>();
                    List<List<String>> keys = new ArrayList<>();
                    try (Stream<RawBsonDocument> found = cells.findRawSorted(chunk, projection, sort, limit)) {
                        found.forEach(document -> {
                            read.add(CellReads.cubeEntries(document, grouping, months, descending));
                            List<String> key = dimensionsOf(document, dimensions);
                            key.add(document.getString(KeyFields.YEAR).getValue());
                            keys.add(key);
                        });
                    }
                    boolean last = read.size() < limit;
                    List<String> lastKey =
                            keys.isEmpty() ? null : keys.getLast().subList(0, dimensions.size());
                    // documents of the same key and year hold months of the same groups: merged and sorted by run
                    java.util.TreeMap<List<String>, CellSums.Accumulator> run =
                            new java.util.TreeMap<>(descending ? KeyOrder.GROUPS.reversed() : KeyOrder.GROUPS);
                    for (int i = 0; i < read.size(); i++) {
                        if (!last && keys.get(i).subList(0, dimensions.size()).equals(lastKey)) {
                            break;
                        }
                        if (i > 0 && !keys.get(i).equals(keys.get(i - 1))) {
                            emit(run);
                        }
                        read.get(i).forEach(entry -> run.merge(entry.key(), entry.sums(), CellSums.Accumulator::add));
                    }
                    emit(run);
                    if (last) {
                        exhausted = true;
                    } else {
                        from = Optional.of(lastKey);
                        limit *= 4;
                    }
                }
                return !ready.isEmpty();
            }

            private void emit(java.util.TreeMap<List<String>, CellSums.Accumulator> run) {
                run.forEach((key, sums) -> {
                    Keyed group = new Keyed(key, sums);
                    if (afterCursor.test(group)) {
                        ready.add(group);
                    }
                });
                run.clear();
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

    /** A document's values of the given dimensions' fields (null when absent). */
    private static List<String> dimensionsOf(RawBsonDocument document, List<String> fields) {
        List<String> values = new ArrayList<>(fields.size());
        for (String field : fields) {
            values.add(
                    document.containsKey(field) && document.get(field).isString()
                            ? document.getString(field).getValue()
                            : null);
        }
        return values;
    }

    /** Cells sorted by their keys merged into groups: each run of equal keys is one group. */
    private static Stream<Keyed> adjacentMerged(Stream<Keyed> cells) {
        Iterator<Keyed> sorted = cells.iterator();
        Iterator<Keyed> groups = new Iterator<>() {
            private Keyed pending = sorted.hasNext() ? sorted.next() : null;

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public Keyed next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                Keyed group = new Keyed(
                        pending.key(),
                        new CellSums.Accumulator().add(pending.sums().sums()));
                pending = null;
                while (sorted.hasNext()) {
                    Keyed cell = sorted.next();
                    if (!cell.key().equals(group.key())) {
                        pending = cell;
                        break;
                    }
                    group.sums().add(cell.sums());
                }
                return group;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(groups, Spliterator.ORDERED), false)
                .onClose(cells::close);
    }
}
