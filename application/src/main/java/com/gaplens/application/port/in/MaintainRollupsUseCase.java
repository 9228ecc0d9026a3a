package com.gaplens.application.port.in;

import com.gaplens.application.port.out.GapStatisticsStore.RebuildReport;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.function.Consumer;

/**
 * Keeps the roll-ups equal to the raw measurements: {@link #repair} finishes whatever an interrupted call left
 * (judgements a publication asked for, roll-ups of recorded measurements), for every tenant, and runs at start-up
 * and periodically; {@link #rebuild} recomputes a brand's roll-ups over a period from the raw measurements and
 * says how many cells differed (0 expected).
 */
public interface MaintainRollupsUseCase {

    RepairReport repair();

    /**
     * Brings up to date, for every tenant, the summaries that writes left stale (queries read finer roll-ups
     * meanwhile); how many parts it refreshed. Runs periodically on every instance.
     */
    long refreshSummaries();

    /** What is still to be rolled up, judged anew or summarised for the tenant: all 0 once everything is done. */
    RollupBacklog backlog(TenantId tenant);

    RebuildReport rebuild(RebuildRollupsCommand command, Consumer<RebuildReport> progress);

    record RebuildRollupsCommand(TenantId tenant, BrandId brandId, Period period) {
        public RebuildRollupsCommand {
            Require.present(tenant, "tenant");
            Require.present(brandId, "brandId");
            Require.present(period, "period");
        }
    }

    /**
     * The roll-up work left for a tenant.
     *
     * @param pendingRollups    measurements recorded whose cells are not written yet
     * @param awaitingJudgement measurements a publication asked to judge anew
     * @param staleSummaries    parts of the summaries (a brand and a month) awaiting a refresh, whose views read the
     *                          finer month cells meanwhile
     */
    record RollupBacklog(long pendingRollups, long awaitingJudgement, long staleSummaries) {}

    /** What a repair found and finished. */
    record RepairReport(int tenants, long rejudged, long rolledUp) {}
}
