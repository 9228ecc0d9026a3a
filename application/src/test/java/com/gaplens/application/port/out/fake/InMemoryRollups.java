package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.application.service.FoldingGapStatistics;
import com.gaplens.application.service.RollupRebuild;
import com.gaplens.application.service.RollupWriter;

/** The roll-ups kept in memory over a measurement repository: journal, cells, the views over them, the writer. */
public final class InMemoryRollups {

    public final InMemoryRollupJournal journal = new InMemoryRollupJournal();
    public final InMemoryRollupCells cells = new InMemoryRollupCells();
    /** The views as the app reads them: folding the sealed changes first. */
    public final GapStatisticsStore store;

    public final RollupWriter writer;
    public final RollupRebuild rebuild;

    public InMemoryRollups(InMemoryMeasurementRepository measurements, Clock clock) {
        this.writer = new RollupWriter(journal, cells, measurements, clock);
        this.store = new FoldingGapStatistics(new InMemoryGapStatisticsStore(cells), writer);
        this.rebuild = new RollupRebuild(measurements, cells, journal, writer, clock);
    }
}
