package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.contract.rollup.GapStatisticsStoreContract;

/** The roll-up contract on the in-memory store: the protocol's exactness, at every crash point, in the fast suite. */
class InMemoryGapStatisticsStoreTest extends GapStatisticsStoreContract {

    @Override
    protected Ports ports() {
        InMemoryMeasurementRepository measurements = new InMemoryMeasurementRepository();
        InMemoryRollupCells cells = new InMemoryRollupCells();
        return new Ports(measurements, new InMemoryRollupJournal(), cells, new InMemoryGapStatisticsStore(cells));
    }
}
