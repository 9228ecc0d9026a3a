package com.gaplens.application.port.out.fake;

import com.gaplens.application.bi.BiLabels;
import com.gaplens.application.bi.GapRow;
import com.gaplens.application.port.out.BiWarehouse;
import com.gaplens.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link BiWarehouse} in memory, keeping per tenant the row and the labels of highest version, with a switch that
 * makes every call fail as an unreachable database does, and a count of its writes.
 */
public final class InMemoryBiWarehouse implements BiWarehouse {

    private final Map<TenantId, Map<String, GapRow>> rows = new HashMap<>();
    private final Map<TenantId, Map<String, Object[]>> labels = new HashMap<>();
    private final Set<TenantId> complete = new HashSet<>();
    private boolean down;
    private int rowWrites;

    /** From now on every call fails (true) or works (false). */
    public synchronized void down(boolean down) {
        this.down = down;
    }

    @Override
    public synchronized boolean prepare(TenantId tenant) {
        check();
        rows.computeIfAbsent(tenant, t -> new HashMap<>());
        return complete.contains(tenant);
    }

    @Override
    public synchronized void markLabelsComplete(TenantId tenant) {
        check();
        complete.add(tenant);
    }

    @Override
    public synchronized void upsertRows(TenantId tenant, List<GapRow> written) {
        check();
        rowWrites++;
        Map<String, GapRow> ofTenant = rows.computeIfAbsent(tenant, t -> new HashMap<>());
        for (GapRow row : written) {
            ofTenant.merge(row.cellId(), row, (old, now) -> now.version() > old.version() ? now : old);
        }
    }

    @Override
    public synchronized void upsertLabels(TenantId tenant, BiLabels written) {
        check();
        Map<String, Object[]> ofTenant = labels.computeIfAbsent(tenant, t -> new HashMap<>());
        written.brands().forEach(l -> keep(ofTenant, "brand:" + l.brandId(), l.name(), l.version()));
        written.brandValues().forEach(l -> keep(ofTenant, "value:" + l.brandValueId(), l.name(), l.version()));
        written.commitments().forEach(l -> keep(ofTenant, "commitment:" + l.commitmentId(), l.wording(), l.version()));
        written.touchpoints().forEach(l -> keep(ofTenant, "touchpoint:" + l.touchpointId(), l.name(), l.version()));
        written.segments().forEach(l -> keep(ofTenant, "segment:" + l.segmentId(), l.name(), l.version()));
    }

    private static void keep(Map<String, Object[]> labels, String key, String name, long version) {
        labels.merge(key, new Object[] {name, version}, (old, now) -> (long) now[1] > (long) old[1] ? now : old);
    }

    /** The tenant's rows that BI users see (non-empty cells), by cell id. */
    public synchronized Map<String, GapRow> visibleRows(TenantId tenant) {
        Map<String, GapRow> visible = new HashMap<>();
        rows.getOrDefault(tenant, Map.of()).forEach((id, row) -> {
            if (row.report().isPresent()) {
                visible.put(id, row);
            }
        });
        return visible;
    }

    /** The label of {@code key} ({@code brand:<id>}, {@code touchpoint:<id>}, {@code commitment:<id>}…), if any. */
    public synchronized String label(TenantId tenant, String key) {
        Object[] label = labels.getOrDefault(tenant, Map.of()).get(key);
        return label == null ? null : (String) label[0];
    }

    public synchronized int rowWrites() {
        return rowWrites;
    }

    private void check() {
        if (down) {
            throw new IllegalStateException("the BI database cannot be reached");
        }
    }
}
