package com.gaplens.adapters.mongo.rollup;

import static com.gaplens.adapters.mongo.rollup.CellDocument.CHANGED;
import static com.gaplens.adapters.mongo.rollup.CellDocument.CHANGED_AT;
import static com.gaplens.adapters.mongo.rollup.CellDocument.ID;
import static com.gaplens.adapters.mongo.rollup.CellDocument.VERSION;

import com.gaplens.adapters.mongo.tenancy.TenantCollection;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.port.out.MonthCellFeed;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;

/**
 * The month cells changed since last published: every addition to a month cell sets its {@code changed} flag (and
 * {@code changedAt}, if unset); publishing clears them only at the version read. Read through a partial index of the
 * changed cells alone, so a cycle reads what changed, never every cell.
 */
public final class MongoMonthCellFeed implements MonthCellFeed {

    private final TenantScopedMongo mongo;

    public MongoMonthCellFeed(TenantScopedMongo mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<ChangedMonthCell> changedMonthCells(TenantId tenant, int limit) {
        TenantCollection cells = mongo.collection(tenant, CellDocument.COLLECTION);
        try (Stream<Document> found =
                cells.findSorted(changed(cells), new Document(), new Document(CHANGED_AT, 1), limit)) {
            return found.map(document -> {
                        CellDocument cell = CellDocument.from(document);
                        return new ChangedMonthCell(
                                cell.id(),
                                cell.version(),
                                cell.address().audience(),
                                new GroupedCell(
                                        cell.address().keys(),
                                        Optional.of(cell.address().time()),
                                        cell.sums().statistics(),
                                        cell.sums().emotions()));
                    })
                    .toList();
        }
    }

    @Override
    public void markPublished(TenantId tenant, Collection<ChangedMonthCell> published) {
        TenantCollection cells = mongo.collection(tenant, CellDocument.COLLECTION);
        List<Document> filters = new ArrayList<>();
        List<Document> updates = new ArrayList<>();
        for (ChangedMonthCell cell : published) {
            filters.add(cells.filter()
                    .append(ID, cell.id())
                    .append(KeyFields.BRAND, cell.cell().keys().get(com.gaplens.application.gaps.GapDimension.BRAND))
                    .append(VERSION, cell.version()));
            updates.add(new Document("$unset", new Document(CHANGED, "").append(CHANGED_AT, "")));
        }
        cells.updateEach(filters, updates);
    }

    @Override
    public Set<TenantId> tenantsWithChangedMonthCells() {
        return mongo.tenantsHaving(CellDocument.COLLECTION, new Document(CHANGED, true));
    }

    @Override
    public Backlog backlog(TenantId tenant) {
        TenantCollection cells = mongo.collection(tenant, CellDocument.COLLECTION);
        long count = cells.count(changed(cells));
        try (Stream<Document> oldest =
                cells.findSorted(changed(cells), new Document(CHANGED_AT, 1), new Document(CHANGED_AT, 1), 1)) {
            return new Backlog(
                    count,
                    oldest.findFirst().map(cell -> cell.getDate(CHANGED_AT)).map(java.util.Date::toInstant));
        }
    }

    private static Document changed(TenantCollection cells) {
        return cells.filter().append(CHANGED, true);
    }
}
