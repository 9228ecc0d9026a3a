package com.gaplens.adapters.mongo.rollup;

import com.gaplens.adapters.mongo.tenancy.TenantCollection;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.port.out.RollupJournal;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;

/**
 * The journal of roll-up changes in {@value #ENTRIES}, one small document per change in progress (removed when it is
 * finished), and the tenant's watermarks in {@value #WATERMARKS}. Every state change is a single-document update
 * conditional on the state read, so exactly one of a seal and a take-over wins.
 */
public final class MongoRollupJournal implements RollupJournal {

    static final String ENTRIES = "rollup_journal";
    static final String WATERMARKS = "rollup_watermarks";
    static final String ID = "_id";
    static final String STATE = "state";
    static final String OPENED_AT = "openedAt";
    static final String SUCCESSOR = "successor";
    static final String TAKEN_AT = "takenAt";
    static final String BARRIER = "barrier";
    static final String SAFE = "safe";

    private final TenantScopedMongo mongo;

    public MongoRollupJournal(TenantScopedMongo mongo) {
        this.mongo = mongo;
    }

    /** Creates the indexes the journal needs; idempotent. */
    public void ensureIndexes() {
        mongo.indexes(ENTRIES)
                .ensure("rollup_journal_tenant_state_id", false, STATE, ID)
                .ensure("rollup_journal_tenant_openedAt", false, OPENED_AT);
    }

    @Override
    public void open(TenantId tenant, RollupToken token, Instant at) {
        TenantCollection entries = entries(tenant);
        entries.insertOne(entries.filter()
                .append(ID, token.value())
                .append(STATE, State.OPEN.name())
                .append(OPENED_AT, Date.from(at)));
    }

    @Override
    public boolean seal(TenantId tenant, RollupToken token) {
        TenantCollection entries = entries(tenant);
        return entries.updateMany(
                        entries.filter().append(ID, token.value()).append(STATE, State.OPEN.name()),
                        new Document("$set", new Document(STATE, State.SEALED.name())))
                == 1;
    }

    @Override
    public boolean takeOver(TenantId tenant, RollupToken token, RollupToken successor, Instant at) {
        TenantCollection entries = entries(tenant);
        return entries.updateMany(
                        entries.filter().append(ID, token.value()).append(STATE, State.OPEN.name()),
                        new Document(
                                "$set",
                                new Document(STATE, State.TAKEN.name())
                                        .append(SUCCESSOR, successor.value())
                                        .append(TAKEN_AT, Date.from(at))))
                == 1;
    }

    @Override
    public void close(TenantId tenant, RollupToken token) {
        TenantCollection entries = entries(tenant);
        entries.deleteMany(entries.filter().append(ID, token.value()));
    }

    @Override
    public Map<RollupToken, Entry> find(TenantId tenant, Collection<RollupToken> tokens) {
        if (tokens.isEmpty()) {
            return Map.of();
        }
        TenantCollection entries = entries(tenant);
        List<String> ids = tokens.stream().map(RollupToken::value).distinct().toList();
        Map<RollupToken, Entry> found = new HashMap<>();
        try (Stream<Document> read =
                entries.find(entries.filter().append(ID, new Document("$in", ids)), new Document())) {
            read.map(MongoRollupJournal::entry).forEach(entry -> found.put(entry.token(), entry));
        }
        return found;
    }

    @Override
    public List<Entry> openedBefore(TenantId tenant, Instant before, int limit) {
        TenantCollection entries = entries(tenant);
        try (Stream<Document> read = entries.findSorted(
                entries.filter().append(OPENED_AT, new Document("$lt", Date.from(before))),
                new Document(),
                new Document(ID, 1),
                limit)) {
            return read.map(MongoRollupJournal::entry).toList();
        }
    }

    @Override
    public List<Entry> sealed(TenantId tenant, int limit) {
        TenantCollection entries = entries(tenant);
        try (Stream<Document> read = entries.findSorted(
                entries.filter().append(STATE, State.SEALED.name()), new Document(), new Document(ID, 1), limit)) {
            return read.map(MongoRollupJournal::entry).toList();
        }
    }

    @Override
    public Optional<RollupToken> lowestUnfinished(TenantId tenant) {
        TenantCollection entries = entries(tenant);
        Document unfinished =
                entries.filter().append(STATE, new Document("$in", List.of(State.OPEN.name(), State.SEALED.name())));
        try (Stream<Document> first = entries.findSorted(unfinished, new Document(ID, 1), new Document(ID, 1), 1)) {
            return first.findFirst().map(entry -> new RollupToken(entry.getString(ID)));
        }
    }

    @Override
    public long count(TenantId tenant) {
        TenantCollection entries = entries(tenant);
        return entries.count(entries.filter());
    }

    @Override
    public Set<TenantId> tenants() {
        return mongo.tenantsHaving(ENTRIES, new Document());
    }

    @Override
    public Watermarks watermarks(TenantId tenant) {
        TenantCollection watermarks = watermarkCollection(tenant);
        try (Stream<Document> read = watermarks.find(watermarks.filter().append(ID, tenant.value()), new Document())) {
            return read.findFirst()
                    .map(doc -> new Watermarks(token(doc, BARRIER), token(doc, SAFE)))
                    .orElse(new Watermarks(RollupToken.lowest(), RollupToken.lowest()));
        }
    }

    @Override
    public void raiseBarrier(TenantId tenant, RollupToken token) {
        raise(tenant, BARRIER, token);
    }

    @Override
    public void raiseSafe(TenantId tenant, RollupToken token) {
        raise(tenant, SAFE, token);
    }

    private void raise(TenantId tenant, String field, RollupToken token) {
        TenantCollection watermarks = watermarkCollection(tenant);
        watermarks.upsertEach(
                List.of(watermarks.filter().append(ID, tenant.value())),
                List.of(new Document("$max", new Document(field, token.value()))));
    }

    private static RollupToken token(Document document, String field) {
        return document.get(field) instanceof String value ? new RollupToken(value) : RollupToken.lowest();
    }

    private static Entry entry(Document document) {
        return new Entry(
                new RollupToken(document.getString(ID)),
                State.valueOf(document.getString(STATE)),
                document.getDate(OPENED_AT).toInstant(),
                Optional.ofNullable(document.getString(SUCCESSOR)).map(RollupToken::new),
                Optional.ofNullable(document.getDate(TAKEN_AT)).map(Date::toInstant));
    }

    private TenantCollection entries(TenantId tenant) {
        return mongo.collection(tenant, ENTRIES);
    }

    private TenantCollection watermarkCollection(TenantId tenant) {
        return mongo.collection(tenant, WATERMARKS);
    }
}
