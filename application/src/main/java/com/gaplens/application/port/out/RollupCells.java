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
     */
    void add(TenantId tenant, RollupToken token, Map<CellAddress, CellSums> deltas, RollupToken safe);

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
         * Whether the change {@code token} is in this cell, given whether it is still unfinished (has a journal entry):
         * a finished change is in every cell it touched; an unfinished one where the cell remembers it.
         */
        public boolean holds(RollupToken token, boolean unfinished) {
            return !unfinished || taken.contains(token);
        }
    }
}
