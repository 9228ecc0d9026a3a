package com.gaplens.adapters.mongo.rollup;

import static com.gaplens.adapters.mongo.rollup.CellDocument.CHANGED;
import static com.gaplens.adapters.mongo.rollup.CellDocument.CHANGED_AT;
import static com.gaplens.adapters.mongo.rollup.CellDocument.FLOOR;
import static com.gaplens.adapters.mongo.rollup.CellDocument.ID;
import static com.gaplens.adapters.mongo.rollup.CellDocument.TAKEN;
import static com.gaplens.adapters.mongo.rollup.CellDocument.VERSION;

import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.RollupLevel;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * What one or more changes add to one document together: the increments of its cells, and their entries' bucket keys.
 */
final class CellAddition {
    final String id;
    private final CellAddress identity;
    private final Document increments = new Document();
    private final Document entryKeys = new Document();
    private boolean monthly;

    CellAddition(String id, CellAddress identity) {
        this.id = id;
        this.identity = identity;
    }

    void add(CellAddress address, CellLayout.Slot slot, CellSums delta) {
        SumFields.increments(delta).forEach((field, value) -> increments.append(slot.prefix() + field, value));
        if (!slot.prefix().isEmpty()) {
            CellLayout.entryKeys(address).forEach((field, value) -> entryKeys.append(slot.prefix() + field, value));
        }
        monthly |= address.level() == RollupLevel.MONTH || address.level() == RollupLevel.DAY;
    }

    /** The update that adds these increments as the changes {@code tokens}, remembering each. */
    Document update(List<RollupToken> tokens, Date now) {
        Document inc = new Document(increments).append(VERSION, 1L);
        Document setOnInsert =
                CellLayout.identity(identity).append(FLOOR, RollupToken.lowest().value());
        Document update = new Document("$inc", inc)
                .append("$push", new Document(TAKEN, new Document("$each", values(tokens))))
                .append("$setOnInsert", setOnInsert);
        Document set = new Document(entryKeys);
        if (monthly) {
            set.append(CHANGED, true);
            update.append("$min", new Document(CHANGED_AT, now));
        }
        if (!set.isEmpty()) {
            update.append("$set", set);
        }
        return update;
    }

    /** The whole document, for a document that does not exist yet. */
    Document created(TenantId tenant, List<RollupToken> tokens, Date now) {
        Document document = new Document(ID, id)
                .append(CellDocument.TENANT, tenant.value())
                .append(KeyFields.BRAND, identity.brand());
        document.putAll(CellLayout.identity(identity));
        increments.forEach((path, value) -> nested(document, path, value));
        entryKeys.forEach((path, value) -> nested(document, path, value));
        document.append(VERSION, 1L)
                .append(TAKEN, values(tokens))
                .append(FLOOR, RollupToken.lowest().value());
        if (monthly) {
            document.append(CHANGED, true).append(CHANGED_AT, now);
        }
        return document;
    }

    static List<String> values(List<RollupToken> tokens) {
        List<String> values = new ArrayList<>(tokens.size());
        tokens.forEach(token -> values.add(token.value()));
        return values;
    }

    private static void nested(Document document, String path, Object value) {
        Document at = document;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            Document child = at.get(parts[i]) instanceof Document existing ? existing : null;
            if (child == null) {
                child = new Document();
                at.put(parts[i], child);
            }
            at = child;
        }
        at.put(parts[parts.length - 1], value);
    }
}
