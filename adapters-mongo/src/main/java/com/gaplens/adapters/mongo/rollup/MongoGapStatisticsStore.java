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
        List<String> fields = KeyOrder.groupFields(grouping);
        Map<List<String>, CellSums.Accumulator> groups = new HashMap<>();
        try (Stream<RawBsonDocument> found =
                cells.findRaw(CellReads.match(cells, filter, level), CellReads.projection(fields))) {
            found.forEach(cell -> {
                Keyed one = CellReads.keyedCell(cell, fields);
                groups.computeIfAbsent(one.key(), any -> new CellSums.Accumulator())
                        .add(one.sums().sums());
            });
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
        Optional<Document> range =
                after.map(key -> CellReads.after(fields, CellReads.keyValues(key, grouping), descending));
        Document match = CellReads.within(CellReads.match(cells, filter, level), range);
        Stream<Keyed> groups = level.isCube()
                ? adjacentMerged(sortedCells(cells, match, fields, descending))
                : cells.aggregate(match, CellReads.groupStages(grouping, true, descending), SORTED_BATCH)
                        .map(result -> CellReads.keyedGroup(result, fields));
        return groups.flatMap(group -> CellReads.groupedCell(group, grouping).stream());
    }

    /** Streams in the order of their keys, over any period: an export reads the same cells as a query. */
    @Override
    public Stream<GroupedCell> export(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        return queryInKeyOrder(tenant, filter, grouping, Optional.empty(), false);
    }

    /**
     * The cube cells {@code match} keeps, sorted by {@code fields}, read in chunks of a growing size that MongoDB sorts
     * with a limit (keeping the first cells only, rather than sorting them all). A group may straddle two chunks:
     * each chunk but the last stops before its last key, and the next starts at that key.
     */
    private Stream<Keyed> sortedCells(TenantCollection cells, Document match, List<String> fields, boolean descending) {
        Document projection = CellReads.projection(fields);
        if (fields.isEmpty()) {
            // one group: every cell, in no particular order
            return cells.findRaw(match, projection).map(cell -> CellReads.keyedCell(cell, fields));
        }
        Document sort = new Document();
        fields.forEach(field -> sort.append(field, descending ? -1 : 1));
        Iterator<Keyed> sorted = new Iterator<>() {
            private final java.util.ArrayDeque<Keyed> ready = new java.util.ArrayDeque<>();
            private List<String> from;
            private int limit = firstChunk;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && !exhausted) {
                    Document chunk = from == null
                            ? match
                            : CellReads.within(match, Optional.of(CellReads.notBefore(fields, from, descending)));
                    List<Keyed> read;
                    try (Stream<RawBsonDocument> found = cells.findRawSorted(chunk, projection, sort, limit)) {
                        read = found.map(cell -> CellReads.keyedCell(cell, fields))
                                .toList();
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
                    group.sums().add(cell.sums().sums());
                }
                return group;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(groups, Spliterator.ORDERED), false)
                .onClose(cells::close);
    }
}
