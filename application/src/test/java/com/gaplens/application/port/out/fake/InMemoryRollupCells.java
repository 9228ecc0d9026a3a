package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.RollupCells;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.RollupLevel;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.tenant.TenantId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Roll-up cells in memory, with the same rules as any store: a cell takes a token once, forgets tokens below the safe
 * watermark it is given, and refuses tokens below its floor.
 */
public final class InMemoryRollupCells implements RollupCells {

    private record Key(TenantId tenant, CellAddress address) {}

    private static final class Cell {
        CellSums sums = CellSums.ZERO;
        long version;
        final Set<RollupToken> taken = new HashSet<>();
        RollupToken floor = RollupToken.lowest();
    }

    private final Map<Key, Cell> cells = new LinkedHashMap<>();

    @Override
    public synchronized void add(
            TenantId tenant, RollupToken token, Map<CellAddress, CellSums> deltas, RollupToken safe) {
        deltas.forEach((address, delta) -> {
            Cell cell = cells.computeIfAbsent(new Key(tenant, address), any -> new Cell());
            if (cell.taken.contains(token) || token.isBefore(cell.floor)) {
                return;
            }
            cell.sums = cell.sums.plus(delta);
            cell.taken.add(token);
            cell.version++;
            if (cell.floor.isBefore(safe)) {
                cell.taken.removeIf(t -> t.isBefore(safe));
                cell.floor = safe;
            }
        });
    }

    @Override
    public synchronized List<StoredCell> month(TenantId tenant, String brand, String month) {
        return cells.entrySet().stream()
                .filter(e -> e.getKey().tenant().equals(tenant))
                .filter(e -> e.getKey().address().brand().equals(brand))
                .filter(e -> e.getKey().address().month().equals(month))
                .map(e -> stored(e.getKey().address(), e.getValue()))
                .toList();
    }

    @Override
    public synchronized Map<CellAddress, Long> versions(TenantId tenant, Collection<CellAddress> addresses) {
        Map<CellAddress, Long> versions = new HashMap<>();
        for (CellAddress address : addresses) {
            Cell cell = cells.get(new Key(tenant, address));
            if (cell != null) {
                versions.put(address, cell.version);
            }
        }
        return versions;
    }

    @Override
    public synchronized Optional<String> nextMonth(TenantId tenant, String brand, String from, String to) {
        return cells.keySet().stream()
                .filter(key ->
                        key.tenant().equals(tenant) && key.address().brand().equals(brand))
                .map(key -> key.address().month())
                .filter(month -> month.compareTo(from) >= 0 && month.compareTo(to) <= 0)
                .min(String::compareTo);
    }

    /** The cells of one level of the tenant, with their sums: what a query reads. */
    public synchronized Map<CellAddress, CellSums> level(TenantId tenant, RollupLevel level) {
        Map<CellAddress, CellSums> found = new LinkedHashMap<>();
        cells.forEach((key, cell) -> {
            if (key.tenant().equals(tenant) && key.address().level() == level) {
                found.put(key.address(), cell.sums);
            }
        });
        return found;
    }

    /** Overwrites a cell's sums, as a faulty write or a hand edit would: what a rebuild must find and correct. */
    public synchronized void tamper(TenantId tenant, CellAddress address, CellSums sums) {
        Cell cell = cells.computeIfAbsent(new Key(tenant, address), any -> new Cell());
        cell.sums = sums;
        cell.version++;
    }

    /** How many tokens the cell remembers. */
    public synchronized int remembered(TenantId tenant, CellAddress address) {
        Cell cell = cells.get(new Key(tenant, address));
        return cell == null ? 0 : cell.taken.size();
    }

    private static StoredCell stored(CellAddress address, Cell cell) {
        return new StoredCell(address, cell.sums, cell.version, cell.taken, cell.floor);
    }
}
