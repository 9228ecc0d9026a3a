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
 * Finishes what interrupted calls left behind — judgements a publication asked for, changes of the roll-ups a crash
 * interrupted — once the app is ready and then every {@code gaplens.rollups.repair-interval}. Every instance runs it;
 * finishing a change is idempotent and guarded cell by cell, so instances running it at once do no harm. A failed
 * round is one WARN line with its cause, counted, and runs again at the next interval.
 */
@Component
class RollupRepairSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RollupRepairSchedule.class);

    private final MaintainRollupsUseCase rollups;
    private final Duration interval;
    private final Counter rejudged;
    private final Counter rolledUp;
    private final Counter failures;
    private ScheduledExecutorService executor;

    RollupRepairSchedule(
            MaintainRollupsUseCase rollups,
            @Value("${gaplens.rollups.repair-interval:1m}") Duration interval,
            MeterRegistry registry) {
        this.rollups = rollups;
        this.interval = interval;
        this.failures = Counter.builder("gaplens.rollups.repair.failures")
                .description("Repair rounds that failed (each logged once, with its cause) and run again")
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
            if (report.rejudged() + report.changes() > 0) {
                LOG.warn(
                        "Roll-up repair finished interrupted work: {} measurements judged anew, {} changes of the"
                                + " roll-ups finished ({} measurements), in {} tenants",
                        report.rejudged(),
                        report.changes(),
                        report.rolledUp(),
                        report.tenants());
            }
        } catch (RuntimeException e) {
            if (stopping()) {
                LOG.info("Roll-up repair stopped with the instance; any instance finishes it (it is idempotent)");
                return;
            }
            failures.increment();
            LOG.warn("Roll-up repair failed ({}); it runs again in {}", cause(e), interval);
        }
    }

    /** The failure and its root cause, in one line. */
    static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e + ", caused by " + root;
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
