package com.gaplens.application.port.out;

import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The roll-up cells, written by additions only. Each cell holds the {@link CellSums} of the measurements it covers
 * and remembers the tokens of the changes it took, so that {@link #add adding} a change is idempotent per cell:
 * whoever adds it, however often, concurrently or after a crash, each cell takes it once.
 *
 * <p>A cell forgets the tokens below a {@code safe} watermark (every change below it is finished, see
 * {@link RollupJournal}) and from then on refuses any token below its {@code floor}: a late writer of a change
 * finished long ago is refused rather than counted twice.
 */
public interface RollupCells {

    /**
     * Adds each delta to its cell (creating the cell) unless the cell already took {@code token}, or its floor is above
     * it. The cost follows the cells named, never what they hold. Cells may forget the tokens below {@code safe}.
     *
     * <p>A store may keep several cells in one unit of storage that takes a token once for all of them ({@link
     * #units}): a change's deltas must therefore be added in one call, and the same deltas every time the change is
     * added again (they are: a change's measurements are frozen once it is sealed).
     */
    void add(TenantId tenant, RollupToken token, Map<CellAddress, CellSums> deltas, RollupToken safe);

    /**
     * {@link #add Adds} several changes, each idempotent per cell as if added on its own. A store may write each
     * unit of storage once for all the changes it takes (MongoDB: one update per document, remembering every token):
     * changes that touch the same cells then cost one write between them.
     */
    default void addAll(TenantId tenant, Map<RollupToken, Map<CellAddress, CellSums>> changes, RollupToken safe) {
        changes.forEach((token, deltas) -> add(tenant, token, deltas, safe));
    }

    /**
     * How an addition of these cells divides into writes that each land whole, and each take a token once for all
     * their cells: a crash during {@link #add} leaves any subset of them written. One per cell unless a store keeps
     * cells together.
     */
    default List<Set<CellAddress>> units(TenantId tenant, Collection<CellAddress> cells) {
        return cells.stream().map(Set::of).toList();
    }

    /** Every stored cell of the brand's month, at every level (day cells of its days included). */
    List<StoredCell> month(TenantId tenant, String brand, String month);

    /** The current version of each of these cells (absent: the cell does not exist). */
    Map<CellAddress, Long> versions(TenantId tenant, Collection<CellAddress> cells);

    /** The first month from {@code from} to {@code to} ({@code 2026-11}) in which the brand has a cell. */
    Optional<String> nextMonth(TenantId tenant, String brand, String from, String to);

    /**
     * A cell as stored: its sums, its version (raised by every addition), the tokens it remembers and its floor.
     */
    record StoredCell(CellAddress address, CellSums sums, long version, Set<RollupToken> taken, RollupToken floor) {
        public StoredCell {
            Require.present(address, "address");
            Require.present(sums, "sums");
            taken = Set.copyOf(taken);
            Require.present(floor, "floor");
        }

        /**
         * Whether the change {@code token} is in this cell, given whether it may still be unfinished: a finished
         * change is in every cell it touched; one that may not be, where the cell remembers it or below the cell's
         * floor (only finished changes are below a floor).
         */
        public boolean holds(RollupToken token, boolean unfinished) {
            return !unfinished || taken.contains(token) || token.isBefore(floor);
        }
    }
}
