package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.MonthCellFeed;
import com.gaplens.application.port.out.contract.MonthCellFeedContract;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

class InMemoryMonthCellFeedTest extends MonthCellFeedContract {

    private final FixedClock clock = new FixedClock(Instant.parse("2027-01-05T09:00:00Z"));
    private final InMemoryMeasurementRepository measurements = new InMemoryMeasurementRepository();
    private final InMemoryRollups rollups = new InMemoryRollups(measurements, clock);
    private final InMemoryMonthCellFeed feed = new InMemoryMonthCellFeed(measurements, clock);

    @Override
    protected MonthCellFeed feed() {
        return feed;
    }

    @Override
    protected void record(TenantId tenant, List<RecordedMeasurement> recorded) {
        rollups.writer.insert(tenant, recorded);
        feed.observe(tenant);
    }

    @Override
    protected void rejudge(TenantId tenant, Map<ExternalId, Judgement> judgements) {
        Rejudging.judgeAnew(measurements, rollups, tenant, judgements);
        feed.observe(tenant);
    }

    @Override
    protected Instant now() {
        return clock.now();
    }

    @Override
    protected void letTimePass() {
        clock.advance(Duration.ofSeconds(1));
    }
}
