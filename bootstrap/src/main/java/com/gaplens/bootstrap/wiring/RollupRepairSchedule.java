package com.gaplens.bootstrap.wiring;

import com.gaplens.application.port.in.MaintainRollupsUseCase;
import com.gaplens.application.port.in.MaintainRollupsUseCase.RepairReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Finishes what interrupted calls left behind — judgements a publication asked for, roll-ups of recorded
 * measurements — once the app is ready and then every {@code gaplens.rollups.repair-interval}; refreshes the
 * summaries writes left stale every {@code gaplens.rollups.summary-interval}. Every instance runs
 * it; repairs are idempotent and guarded cell by cell, so instances running them at once do no harm.
 */
@Component
class RollupRepairSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RollupRepairSchedule.class);

    private final MaintainRollupsUseCase rollups;
    private final Duration interval;
    private final Duration summaryInterval;
    private final Counter rejudged;
    private final Counter refreshed;
    private final Counter rolledUp;
    private ScheduledExecutorService executor;

    RollupRepairSchedule(
            MaintainRollupsUseCase rollups,
            @Value("${gaplens.rollups.repair-interval:1m}") Duration interval,
            @Value("${gaplens.rollups.summary-interval:10s}") Duration summaryInterval,
            MeterRegistry registry) {
        this.rollups = rollups;
        this.interval = interval;
        this.summaryInterval = summaryInterval;
        this.refreshed = Counter.builder("gaplens.rollups.summaries.refreshed")
                .description("Summary partitions (a brand and a month) refreshed after writes left them stale")
                .register(registry);
        this.rejudged = Counter.builder("gaplens.rollups.repairs")
                .description("Measurements an interrupted call left behind, finished by the repair")
                .tag("cause", "judgement")
                .register(registry);
        this.rolledUp = Counter.builder("gaplens.rollups.repairs")
                .description("Measurements an interrupted call left behind, finished by the repair")
                .tag("cause", "rollup")
                .register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    void repairOnStartUp() {
        executor.execute(this::repair);
    }

    private void repair() {
        try {
            RepairReport report = rollups.repair();
            rejudged.increment(report.rejudged());
            rolledUp.increment(report.rolledUp());
            if (report.rejudged() + report.rolledUp() > 0) {
                LOG.warn(
                        "Roll-up repair finished interrupted work: {} measurements judged anew, {} rolled up, in {} tenants",
                        report.rejudged(),
                        report.rolledUp(),
                        report.tenants());
            }
        } catch (RuntimeException e) {
            if (stopping()) {
                LOG.info("Roll-up repair stopped with the instance; any instance finishes it (it is idempotent)");
                return;
            }
            LOG.warn("Roll-up repair failed; it runs again in {}", interval, e);
        }
    }

    private void refreshSummaries() {
        try {
            refreshed.increment(rollups.refreshSummaries());
        } catch (RuntimeException e) {
            if (stopping()) {
                LOG.info("Summary refresh stopped with the instance; its partitions stay stale until the next refresh");
                return;
            }
            LOG.warn("Summary refresh failed; it runs again in {}", summaryInterval, e);
        }
    }

    /** Shutting down interrupts the work in progress: an expected end, not a failure to report with its trace. */
    private boolean stopping() {
        return executor != null && executor.isShutdown();
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("rollup-repair").factory());
        executor.scheduleWithFixedDelay(this::repair, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::refreshSummaries, 0, summaryInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
