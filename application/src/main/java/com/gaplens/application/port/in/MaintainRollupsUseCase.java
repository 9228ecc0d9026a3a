package com.gaplens.application.port.in;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.function.Consumer;

/**
 * Keeps the roll-ups equal to the raw measurements: {@link #repair} finishes whatever an interrupted call left
 * (judgements a publication asked for, changes of the roll-ups a crash interrupted), for every tenant, and runs at
 * start-up and periodically on every instance; {@link #rebuild} recomputes a brand's roll-ups over a period from the
 * raw measurements, says how many cells differed (0 expected) and corrects them.
 */
public interface MaintainRollupsUseCase {

    RepairReport repair();

    /**
     * Adds every tenant's sealed changes (acknowledged calls) to the cells, many at a time; returns how many. Any
     * instance may run it at any time, several at once.
     */
    long fold();

    /** What is still to be rolled up or judged anew for the tenant: all 0 once everything is done. */
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
     * @param pendingRollups    measurements stored whose change of the roll-ups is not finished: in no view yet
     * @param awaitingJudgement measurements a publication asked to judge anew
     * @param unfinishedChanges changes of the roll-ups in progress or interrupted (calls, judgements)
     */
    record RollupBacklog(long pendingRollups, long awaitingJudgement, long unfinishedChanges) {}

    /**
     * What a repair found and finished.
     *
     * @param tenants  tenants with work found
     * @param rejudged measurements judged anew
     * @param changes  interrupted changes of the roll-ups it finished
     * @param rolledUp measurements those changes named
     */
    record RepairReport(int tenants, long rejudged, long changes, long rolledUp) {}

    /**
     * Where a rebuild stands.
     *
     * @param daysTotal        days of the period
     * @param daysDone         days of the period checked so far (months without data are passed over at once)
     * @param measurementsRead raw measurements read
     * @param cellsChecked     roll-up cells recomputed (at every level)
     * @param cellsDiffering   cells whose stored sums differed from the recomputation (0 expected), or that were
     *                         missing: each was corrected
     * @param cellsBusy        cells written by a concurrent change while they were checked: left for another rebuild
     */
    record RebuildReport(
            long daysTotal,
            long daysDone,
            long measurementsRead,
            long cellsChecked,
            long cellsDiffering,
            long cellsBusy) {}
}
