package com.gaplens.adapters.mongo.bi;

import com.gaplens.adapters.mongo.tenancy.TenantCollection;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.bi.LabelSource;
import com.gaplens.application.port.out.LabelChangeFeed;
import com.gaplens.application.port.out.MonthCellFeed.Backlog;
import com.gaplens.domain.tenant.TenantId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;

/**
 * {@link LabelChangeFeed} in the {@value #COLLECTION} collection: one document per marked catalogue object, keyed by
 * tenant and source, upserted by each marking (a new random stamp, the higher version, the first instant kept) and
 * deleted by publishing only while its stamp is the one read. Marks are few (one per catalogue object saved since
 * the last publication cycle), and read by the index (tenant, since).
 */
public final class MongoLabelChangeFeed implements LabelChangeFeed {

    static final String COLLECTION = "bi_label_changes";
    static final String SOURCE = "source";
    static final String VERSION = "version";
    static final String STAMP = "stamp";
    static final String SINCE = "since";
    static final String MARKED_AT = "markedAt";

    private static final SecureRandom STAMPS = new SecureRandom();

    private final TenantScopedMongo mongo;
    private final Clock clock;

    public MongoLabelChangeFeed(TenantScopedMongo mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Creates the index reads go by; idempotent. */
    public void ensureIndexes() {
        mongo.indexes(COLLECTION).ensure("bi_label_changes_tenant_since", false, SINCE);
    }

    @Override
    public void markChanged(TenantId tenant, LabelSource source, long version) {
        TenantCollection marks = collection(tenant);
        Date now = Date.from(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        Document filter = marks.filter().append("_id", idOf(tenant, source));
        Document update = new Document(
                        "$set",
                        new Document(SOURCE, source.key())
                                .append(STAMP, STAMPS.nextLong())
                                .append(MARKED_AT, now))
                .append("$max", new Document(VERSION, version))
                .append("$setOnInsert", new Document(SINCE, now));
        marks.upsertEach(List.of(filter), List.of(update));
    }

    @Override
    public List<LabelChange> changedLabels(TenantId tenant, int limit) {
        TenantCollection marks = collection(tenant);
        try (Stream<Document> found = marks.find(marks.filter(), new Document())) {
            return found.limit(limit).map(MongoLabelChangeFeed::change).toList();
        }
    }

    @Override
    public void markPublished(TenantId tenant, Collection<LabelChange> changes) {
        TenantCollection marks = collection(tenant);
        for (LabelChange change : changes) {
            marks.deleteMany(
                    marks.filter().append("_id", idOf(tenant, change.source())).append(STAMP, change.stamp()));
        }
    }

    @Override
    public Set<TenantId> tenantsWithChangedLabels() {
        return mongo.tenantsHaving(COLLECTION, new Document());
    }

    @Override
    public Backlog backlog(TenantId tenant) {
        TenantCollection marks = collection(tenant);
        List<Instant> since = new ArrayList<>();
        try (Stream<Document> found = marks.find(marks.filter(), new Document(SINCE, 1))) {
            found.forEach(d -> since.add(d.getDate(SINCE).toInstant()));
        }
        return new Backlog(since.size(), since.stream().min(Instant::compareTo));
    }

    private TenantCollection collection(TenantId tenant) {
        return mongo.collection(tenant, COLLECTION);
    }

    private static String idOf(TenantId tenant, LabelSource source) {
        return tenant.value() + "/" + source.key();
    }

    private static LabelChange change(Document d) {
        return new LabelChange(
                LabelSource.ofKey(d.getString(SOURCE)),
                ((Number) d.get(VERSION)).longValue(),
                d.getLong(STAMP),
                d.getDate(SINCE).toInstant(),
                d.getDate(MARKED_AT).toInstant());
    }
}
