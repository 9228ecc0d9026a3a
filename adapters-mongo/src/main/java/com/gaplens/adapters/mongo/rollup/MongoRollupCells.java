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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;

/**
 * The write path of the roll-up cells. A change's cells are grouped by the document that holds them
 * ({@link CellLayout}); each document takes the change in one single-document write that adds the sums of all its
 * cells, remembers the token and raises the version:
 * <ul>
 *   <li>documents that do not exist yet are inserted whole, in one unordered bulk insert (the cheapest write there
 *       is, and most of them when measurements spread thinly);</li>
 *   <li>the others are updated in one unordered bulk of updates guarded so that a document that took the token (or
 *       whose floor is above it) does not match; a refusal fails its upsert on the unique {@code _id}, and the
 *       document is then read to tell "already taken" from "created by a concurrent writer meanwhile" (added
 *       again). A document a concurrent writer inserted first is updated the same way.</li>
 * </ul>
 * So a change costs one read of its documents' ids and two bulk writes, whatever the cells hold. Every filter names
 * the document's tenant, brand and id: its full shard key. About one document in {@value #PRUNE_ONE_IN} is then
 * told to forget the tokens below the safe watermark and to raise its floor there, so documents stay small whatever
 * the traffic.
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
                        "rollup_cells_tenant_level_brand_month",
                        false,
                        CellDocument.LEVEL,
                        KeyFields.BRAND,
                        KeyFields.MONTH)
                .ensure(
                        "rollup_cells_tenant_level_brand_year",
                        false,
                        CellDocument.LEVEL,
                        KeyFields.BRAND,
                        KeyFields.YEAR)
                .ensure("rollup_cells_tenant_level_month", false, CellDocument.LEVEL, KeyFields.MONTH)
                .ensureWhere("rollup_cells_tenant_changed_at", CHANGED, true, CHANGED_AT);
        KeyOrder.ensureIndexes(mongo);
    }

    @Override
    public void add(TenantId tenant, RollupToken token, Map<CellAddress, CellSums> deltas, RollupToken safe) {
        addAll(tenant, Map.of(token, deltas), safe);
    }

    @Override
    public void addAll(TenantId tenant, Map<RollupToken, Map<CellAddress, CellSums>> changes, RollupToken safe) {
        Map<String, DocumentChanges> byDocument = new LinkedHashMap<>();
        changes.forEach((token, deltas) -> deltas.forEach((address, delta) -> byDocument
                .computeIfAbsent(
                        CellLayout.of(tenant.value(), address).document(),
                        id -> new DocumentChanges(id, tenant.value()))
                .add(token, address, delta)));
        if (byDocument.isEmpty()) {
            return;
        }
        TenantCollection cells = mongo.collection(tenant, CellDocument.COLLECTION);
        Date now = Date.from(clock.instant());
        Set<String> existing = existing(cells, byDocument.keySet());
        List<Write> updates = new ArrayList<>();
        List<Write> creations = new ArrayList<>();
        byDocument
                .values()
                .forEach(document -> (existing.contains(document.id) ? updates : creations)
                        .add(new Write(document, document.tokens())));
        // a document created by a concurrent writer meanwhile is added to like any other
        cells.insertAllOrRefused(creations.stream()
                        .map(write -> write.addition().created(tenant, write.tokens(), now))
                        .toList())
                .forEach(refused -> updates.add(creations.get(refused)));
        List<Write> pending = updates;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt > ATTEMPTS) {
                throw new IllegalStateException(pending.size() + " roll-up documents of tenant " + tenant
                        + " refused changes they had not taken, " + ATTEMPTS + " times");
            }
            List<Write> writes = pending;
            List<Document> filters = writes.stream()
                    .map(write -> write.document()
                            .filter(cells)
                            .append(TAKEN, new Document("$nin", CellAddition.values(write.tokens())))
                            .append(
                                    FLOOR,
                                    new Document(
                                            "$lte", write.tokens().getFirst().value())))
                    .toList();
            List<Document> additions = writes.stream()
                    .map(write -> write.addition().update(write.tokens(), now))
                    .toList();
            List<Write> refused = cells.upsertEachOrRefused(filters, additions).stream()
                    .map(writes::get)
                    .toList();
            pending = notTaken(cells, refused);
        }
        prune(cells, byDocument.values(), safe);
    }

    /** Some of a document's changes, written together in one single-document write. */
    private record Write(DocumentChanges document, List<RollupToken> tokens, CellAddition addition) {
        Write(DocumentChanges document, List<RollupToken> tokens) {
            this(document, tokens, document.addition(tokens));
        }
    }

    /** The cells that share a document: each document is written whole, taking a change once for all its cells. */
    @Override
    public List<Set<CellAddress>> units(TenantId tenant, Collection<CellAddress> addresses) {
        Map<String, Set<CellAddress>> byDocument = new LinkedHashMap<>();
        addresses.forEach(address -> byDocument
                .computeIfAbsent(CellLayout.of(tenant.value(), address).document(), id -> new LinkedHashSet<>())
                .add(address));
        return new ArrayList<>(byDocument.values());
    }

    /** The documents among {@code ids} that exist: one read of their ids. */
    private static Set<String> existing(TenantCollection cells, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        try (Stream<Document> read =
                cells.find(cells.filter().append(ID, new Document("$in", new ArrayList<>(ids))), new Document(ID, 1))) {
            read.forEach(document -> found.add(document.getString(ID)));
        }
        return found;
    }

    /**
     * About one write in {@value #PRUNE_ONE_IN} (a write of several changes more often: always from that many) is
     * followed by one that makes its document forget the tokens below the safe watermark and raise its floor there:
     * every change below it is finished.
     */
    private static void prune(TenantCollection cells, Collection<DocumentChanges> documents, RollupToken safe) {
        List<Document> filters = new ArrayList<>();
        List<Document> prunes = new ArrayList<>();
        for (DocumentChanges document : documents) {
            List<RollupToken> tokens = document.tokens();
            if (Math.floorMod(document.id.hashCode() ^ tokens.getFirst().hashCode(), PRUNE_ONE_IN) < tokens.size()) {
                filters.add(document.filter(cells).append(FLOOR, new Document("$lt", safe.value())));
                prunes.add(new Document("$pull", new Document(TAKEN, new Document("$lt", safe.value())))
                        .append("$set", new Document(FLOOR, safe.value())));
            }
        }
        cells.updateEach(filters, prunes);
    }

    /**
     * Of the writes refused, what is left to write: each document's changes it neither took nor refuses (below its
     * floor). A document that took none was created by a concurrent writer between MongoDB's match and its insert:
     * the whole write is made again, to the document now there.
     */
    private static List<Write> notTaken(TenantCollection cells, List<Write> refused) {
        if (refused.isEmpty()) {
            return List.of();
        }
        Map<String, Document> read = new HashMap<>();
        List<String> wanted = refused.stream().map(write -> write.document().id).toList();
        try (Stream<Document> found = cells.find(
                cells.filter().append(ID, new Document("$in", wanted)), new Document(TAKEN, 1).append(FLOOR, 1))) {
            found.forEach(cell -> read.put(cell.getString(ID), cell));
        }
        List<Write> again = new ArrayList<>();
        for (Write write : refused) {
            Document cell = read.get(write.document().id);
            List<RollupToken> left = write.tokens().stream()
                    .filter(token -> cell == null || !tookOrRefuses(cell, token))
                    .toList();
            if (left.equals(write.tokens())) {
                again.add(write);
            } else if (!left.isEmpty()) {
                again.add(new Write(write.document(), left));
            }
        }
        return again;
    }

    private static boolean tookOrRefuses(Document cell, RollupToken token) {
        List<?> taken = cell.getList(TAKEN, Object.class);
        boolean took = taken != null && taken.contains(token.value());
        return took || token.isBefore(new RollupToken(cell.getString(FLOOR)));
    }

    /** The fine documents of the brand's month and the cube documents of its year, read for the month's cells. */
    @Override
    public List<StoredCell> month(TenantId tenant, String brand, String month) {
        TenantCollection cells = mongo.collection(tenant, CellDocument.COLLECTION);
        Document fine = cells.filter()
                .append(KeyFields.BRAND, brand)
                .append(CellDocument.LEVEL, CellLayout.FINE)
                .append(KeyFields.MONTH, month);
        Document cubes = cells.filter()
                .append(KeyFields.BRAND, brand)
                .append(CellDocument.LEVEL, new Document("$in", cubeLevels()))
                .append(KeyFields.YEAR, month.substring(0, 4));
        List<StoredCell> found = new ArrayList<>();
        for (Document filter : List.of(fine, cubes)) {
            try (Stream<Document> read = cells.find(filter, new Document())) {
                read.forEach(document -> CellDocument.cells(document).stream()
                        .filter(cell -> cell.address().month().equals(month))
                        .forEach(found::add));
            }
        }
        return found;
    }

    @Override
    public Map<CellAddress, Long> versions(TenantId tenant, Collection<CellAddress> addresses) {
        TenantCollection cells = mongo.collection(tenant, CellDocument.COLLECTION);
        Map<String, List<CellAddress>> byDocument = new HashMap<>();
        addresses.forEach(address -> byDocument
                .computeIfAbsent(CellLayout.of(tenant.value(), address).document(), id -> new ArrayList<>())
                .add(address));
        Map<CellAddress, Long> versions = new HashMap<>();
        try (Stream<Document> found = cells.find(
                cells.filter().append(ID, new Document("$in", new ArrayList<>(byDocument.keySet()))),
                new Document(VERSION, 1).append(CellLayout.DAYS, 1).append(CellLayout.MONTHS, 1))) {
            found.forEach(document -> byDocument.get(document.getString(ID)).stream()
                    .filter(address -> holdsCell(document, CellLayout.of(tenant.value(), address)))
                    .forEach(address -> versions.put(address, CellDocument.version(document))));
        }
        return versions;
    }

    /** Whether a document holds the cell of {@code slot}: its month cell always, a day or month entry once added. */
    private static boolean holdsCell(Document document, CellLayout.Slot slot) {
        if (slot.prefix().isEmpty()) {
            return true;
        }
        String[] entry = slot.prefix().split("\\.");
        return document.get(entry[0]) instanceof Document entries && entries.containsKey(entry[1]);
    }

    private static List<String> cubeLevels() {
        return java.util.Arrays.stream(RollupLevel.values())
                .filter(RollupLevel::isCube)
                .map(RollupLevel::name)
                .toList();
    }

    @Override
    public Optional<String> nextMonth(TenantId tenant, String brand, String from, String to) {
        TenantCollection cells = mongo.collection(tenant, CellDocument.COLLECTION);
        Document inRange = cells.filter()
                .append(KeyFields.BRAND, brand)
                .append(CellDocument.LEVEL, CellLayout.FINE)
                .append(KeyFields.MONTH, new Document("$gte", from).append("$lte", to));
        try (Stream<Document> first =
                cells.findSorted(inRange, new Document(KeyFields.MONTH, 1), new Document(KeyFields.MONTH, 1), 1)) {
            return first.findFirst().map(cell -> cell.getString(KeyFields.MONTH));
        }
    }
}
