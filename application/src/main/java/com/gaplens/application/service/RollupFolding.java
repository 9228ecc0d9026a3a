package com.gaplens.application.service;

import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.MeasurementRepository.Changed;
import com.gaplens.application.port.out.RollupCells;
import com.gaplens.application.port.out.RollupJournal;
import com.gaplens.application.port.out.RollupJournal.Entry;
import com.gaplens.application.port.out.RollupJournal.Watermarks;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.CellDeltas;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.tenant.TenantId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Adds sealed changes to the cells together: their deltas, read back from the measurements each token names (frozen
 * once sealed), go to {@link RollupCells#addAll} in one call, so that a document many changes touch is written once
 * for all of them; then each change is closed. This is where calls share their writes: folded a few at a time, the
 * month and year documents every call of a brand touches cost one write per fold, not one per call.
 *
 * <p>Safe anywhere, any number of times, concurrently: cells take each token once, and a change is closed only after
 * every cell took it. Until it is closed it is unfinished, so the safe watermark stays below it and no cell forgets
 * its token while it may still be added.
 */
final class RollupFolding {

    private final RollupJournal journal;
    private final RollupCells cells;
    private final MeasurementRepository measurements;
    private final Clock clock;
    private final Consumer<TenantId> advanceWatermarks;

    RollupFolding(
            RollupJournal journal,
            RollupCells cells,
            MeasurementRepository measurements,
            Clock clock,
            Consumer<TenantId> advanceWatermarks) {
        this.journal = journal;
        this.cells = cells;
        this.measurements = measurements;
        this.clock = clock;
        this.advanceWatermarks = advanceWatermarks;
    }

    /** Adds these sealed changes to their cells together and closes them; returns how many. */
    int fold(TenantId tenant, List<Entry> sealed) {
        if (sealed.isEmpty()) {
            return 0;
        }
        Map<RollupToken, Map<CellAddress, CellSums>> changes = new LinkedHashMap<>();
        for (Entry entry : sealed) {
            changes.put(
                    entry.token(),
                    deltasOf(measurements.changedBy(tenant, entry.token())).deltas());
        }
        Watermarks watermarks = journal.watermarks(tenant);
        cells.addAll(tenant, changes, watermarks.safe());
        changes.keySet().forEach(token -> journal.close(tenant, token));
        if (watermarks.safe().drawnAt().plus(RollupWriter.WATERMARK_AGE).isBefore(clock.now())) {
            advanceWatermarks.accept(tenant);
        }
        return sealed.size();
    }

    /** What a change's measurements bring: each leaves the cells of the judgement it left (if moved), enters its own. */
    static CellDeltas deltasOf(List<Changed> changed) {
        CellDeltas deltas = new CellDeltas();
        for (Changed one : changed) {
            one.before().ifPresent(deltas::leave);
            deltas.enter(one.measurement());
        }
        return deltas;
    }
}
