package com.gaplens.adapters.mongo.rollup;

import com.gaplens.adapters.mongo.tenancy.TenantCollection;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.gap.CellSums;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * The changes that land in one document, each with the deltas of its cells there: written together as one
 * {@link CellAddition} of any subset of them (all at first; those the document has not taken yet after a refusal).
 */
final class DocumentChanges {
    final String id;
    private final String tenant;
    private final Map<RollupToken, Map<CellAddress, CellSums>> byToken = new TreeMap<>();
    private CellAddress identity;

    DocumentChanges(String id, String tenant) {
        this.id = id;
        this.tenant = tenant;
    }

    void add(RollupToken token, CellAddress address, CellSums delta) {
        if (identity == null) {
            identity = address;
        }
        byToken.computeIfAbsent(token, t -> new LinkedHashMap<>()).merge(address, delta, CellSums::plus);
    }

    /** The document's shard key and id: what every write to it names. */
    Document filter(TenantCollection cells) {
        return cells.filter().append(CellDocument.ID, id).append(KeyFields.BRAND, identity.brand());
    }

    /** Every change landing here, lowest token first. */
    List<RollupToken> tokens() {
        return List.copyOf(byToken.keySet());
    }

    /** What {@code tokens} (some of this document's changes) add to it together: their deltas summed per cell. */
    CellAddition addition(Collection<RollupToken> tokens) {
        Map<CellAddress, CellSums> merged = new LinkedHashMap<>();
        tokens.forEach(
                token -> byToken.get(token).forEach((address, delta) -> merged.merge(address, delta, CellSums::plus)));
        CellAddition addition = new CellAddition(id, identity);
        merged.forEach((address, delta) -> addition.add(address, CellLayout.of(tenant, address), delta));
        return addition;
    }
}
