package com.gaplens.adapters.mongo.rollup;

import static com.gaplens.adapters.mongo.rollup.CellDocument.CHANGED;
import static com.gaplens.adapters.mongo.rollup.CellDocument.CHANGED_AT;
import static com.gaplens.adapters.mongo.rollup.CellDocument.FLOOR;
import static com.gaplens.adapters.mongo.rollup.CellDocument.ID;
import static com.gaplens.adapters.mongo.rollup.CellDocument.TAKEN;
import static com.gaplens.adapters.mongo.rollup.CellDocument.VERSION;

import com.gaplens.adapters.mongo.tenancy.TenantCollection;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.port.out.RollupCells;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.RollupLevel;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.tenant.TenantId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bson.Document;

/**
 * The write path of the roll-up cells: each addition is one single-document update that adds the change's sums,
 * remembers its token and raises the version, guarded so that a cell that took the token (or whose floor is above
 * it) does not match — all the cells of a change in one unordered bulk write, so a change costs one round trip
 * whatever it holds. A cell that does not exist yet is created by the same update (an upsert); a cell that refuses
 * the token makes its upsert fail on the unique {@code _id}, and is then read to tell "already taken" from "created
 * by a concurrent writer between MongoDB's match and its insert" (added again).
 *
 * <p>Every filter names the cell's tenant, brand and id: its full shard key. About one update in
 * {@value #PRUNE_ONE_IN} is followed by a second that makes the cell forget the tokens below the safe watermark and
 * raises its floor there, so cells stay small whatever the traffic.
 */
public final class MongoRollupCells implements RollupCells {

    static final int PRUNE_ONE_IN = 16;
    private static final int ATTEMPTS = 5;

    private final TenantScopedMongo mongo;
    private final Clock clock;

    public MongoRollupCells(TenantScopedMongo mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Creates the indexes the cells need; idempotent. */
    public void ensureIndexes() {
        mongo.indexes(CellDocument.COLLECTION)
                .ensure(
                        "rollup_cells_tenant_level_brand_time",
                        false,
                        CellDocument.LEVEL,
                        KeyFields.BRAND,
                        CellDocument.TIME)
                .ensure("rollup_cells_tenant_level_time", false, CellDocument.LEVEL, CellDocument.TIME)
                .ensure("rollup_cells_tenant_brand_month", false, KeyFields.BRAND, KeyFields.MONTH)
                .ensureWhere("rollup_cells_tenant_changed_at", CHANGED, true, CHANGED_AT);
        KeyOrder.ensureIndexes(mongo);
    }

    @Override
    public void add(TenantId tenant, RollupToken token, Map<CellAddress, CellSums> deltas, RollupToken safe) {
        if (deltas.isEmpty()) {
            return;
        }
        TenantCollection cells = mongo.collection(tenant, CellDocument.COLLECTION);
        Date now = Date.from(clock.instant());
        List<Document> filters = new ArrayList<>(deltas.size());
        List<Document> updates = new ArrayList<>(deltas.size());
        List<String> ids = new ArrayList<>(deltas.size());
        List<Document> pruneFilters = new ArrayList<>();
        List<Document> prunes = new ArrayList<>();
        deltas.forEach((address, delta) -> {
            String id = CellDocument.idOf(tenant.value(), address);
            Document cell = cells.filter().append(ID, id).append(KeyFields.BRAND, address.brand());
            ids.add(id);
            filters.add(new Document(cell)
                    .append(TAKEN, new Document("$ne", token.value()))
                    .append(FLOOR, new Document("$lte", token.value())));
            updates.add(addition(address, delta, token, now));
            if (Math.floorMod(id.hashCode() ^ token.hashCode(), PRUNE_ONE_IN) == 0) {
                pruneFilters.add(new Document(cell).append(FLOOR, new Document("$lt", safe.value())));
                prunes.add(new Document("$pull", new Document(TAKEN, new Document("$lt", safe.value())))
                        .append("$set", new Document(FLOOR, safe.value())));
            }
        });
        List<Integer> pending = new ArrayList<>(cells.upsertEachOrRefused(filters, updates));
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > ATTEMPTS) {
                throw new IllegalStateException(pending.size() + " roll-up cells of tenant " + tenant
                        + " refused change " + token + " without having taken it, " + ATTEMPTS + " times");
            }
            List<Integer> again = notTaken(cells, token, pending, ids);
            List<Document> againFilters = again.stream().map(filters::get).toList();
            List<Document> againUpdates = again.stream().map(updates::get).toList();
            List<Integer> refused = new ArrayList<>();
            cells.upsertEachOrRefused(againFilters, againUpdates).forEach(i -> refused.add(again.get(i)));
            pending = refused;
        }
        cells.updateEach(pruneFilters, prunes);
    }

    /** The update that adds {@code delta} as change {@code token} to the cell of {@code address}. */
    private static Document addition(CellAddress address, CellSums delta, RollupToken token, Date now) {
        Document update = new Document("$inc", SumFields.increments(delta).append(VERSION, 1L))
                .append("$push", new Document(TAKEN, token.value()))
                .append("$setOnInsert", CellDocument.created(address));
        if (address.level() == RollupLevel.MONTH) {
            update.append("$set", new Document(CHANGED, true)).append("$min", new Document(CHANGED_AT, now));
        }
        return update;
    }

    /**
     * Of the cells refused at {@code positions}, those that did not take {@code token}: created by a concurrent writer
     * between MongoDB's match and its insert, so that the addition is to be made again, to the cell now there.
     */
    private static List<Integer> notTaken(
            TenantCollection cells, RollupToken token, List<Integer> positions, List<String> ids) {
        Map<String, Document> read = new HashMap<>();
        List<String> wanted = positions.stream().map(ids::get).toList();
        try (Stream<Document> found = cells.find(
                cells.filter().append(ID, new Document("$in", wanted)), new Document(TAKEN, 1).append(FLOOR, 1))) {
            found.forEach(cell -> read.put(cell.getString(ID), cell));
        }
        List<Integer> again = new ArrayList<>();
        for (int position : positions) {
            Document cell = read.get(ids.get(position));
            if (cell == null || !tookOrRefuses(cell, token)) {
                again.add(position);
            }
        }
        return again;
    }

    private static boolean tookOrRefuses(Document cell, RollupToken token) {
        List<?> taken = cell.getList(TAKEN, Object.class);
        boolean took = taken != null && taken.contains(token.value());
        return took || token.isBefore(new RollupToken(cell.getString(FLOOR)));
    }

    @Override
    public List<StoredCell> month(TenantId tenant, String brand, String month) {
        TenantCollection cells = mongo.collection(tenant, CellDocument.COLLECTION);
        try (Stream<Document> found = cells.find(
                cells.filter().append(KeyFields.BRAND, brand).append(KeyFields.MONTH, month), new Document())) {
            return found.map(document -> CellDocument.from(document).stored()).toList();
        }
    }

    @Override
    public Map<CellAddress, Long> versions(TenantId tenant, Collection<CellAddress> addresses) {
        TenantCollection cells = mongo.collection(tenant, CellDocument.COLLECTION);
        Map<String, CellAddress> byId = new HashMap<>();
        addresses.forEach(address -> byId.put(CellDocument.idOf(tenant.value(), address), address));
        Map<CellAddress, Long> versions = new HashMap<>();
        try (Stream<Document> found = cells.find(
                cells.filter().append(ID, new Document("$in", new ArrayList<>(byId.keySet()))),
                new Document(VERSION, 1))) {
            found.forEach(cell -> versions.put(
                    byId.get(cell.getString(ID)), cell.get(VERSION) instanceof Number v ? v.longValue() : 0L));
        }
        return versions;
    }

    @Override
    public Optional<String> nextMonth(TenantId tenant, String brand, String from, String to) {
        TenantCollection cells = mongo.collection(tenant, CellDocument.COLLECTION);
        Document inRange = cells.filter()
                .append(KeyFields.BRAND, brand)
                .append(KeyFields.MONTH, new Document("$gte", from).append("$lte", to));
        try (Stream<Document> first =
                cells.findSorted(inRange, new Document(KeyFields.MONTH, 1), new Document(KeyFields.MONTH, 1), 1)) {
            return first.findFirst().map(cell -> cell.getString(KeyFields.MONTH));
        }
    }
}
