package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.MeasurementRepository.Rejudged;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import java.util.Map;

/** Judges recorded measurements anew in memory, as the repair does after a back-dated publication. */
public final class Rejudging {

    private Rejudging() {}

    /** Marks them for a judgement anew, then moves each to the cells of its new judgement. */
    public static void judgeAnew(
            InMemoryMeasurementRepository measurements,
            InMemoryRollups rollups,
            TenantId tenant,
            Map<ExternalId, Judgement> judgements) {
        measurements.markForRejudgement(tenant, judgements.keySet());
        rollups.writer.move(
                tenant,
                measurements.awaitingJudgement(tenant, 100_000).stream()
                        .filter(a -> judgements.containsKey(a.measurement().externalId()))
                        .map(a -> new Rejudged(a, judgements.get(a.measurement().externalId())))
                        .toList());
    }
}
