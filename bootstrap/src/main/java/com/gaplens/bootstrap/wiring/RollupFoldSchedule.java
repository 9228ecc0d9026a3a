package com.gaplens.bootstrap.wiring;

import com.gaplens.application.port.in.MaintainRollupsUseCase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Adds the calls acknowledged meanwhile to the roll-up cells, every {@code gaplens.rollups.fold-interval}, many
 * changes at a time ({@link MaintainRollupsUseCase#fold}). Every instance runs it; cells take each change once, so
 * instances folding at once do no harm. Reads fold first anyway: the folder keeps what they find to do small. A
 * failure is one WARN line with its cause when it starts (not one per round), counted, and retried every round.
 */
@Component
class RollupFoldSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RollupFoldSchedule.class);

    private final MaintainRollupsUseCase rollups;
    private final Duration interval;
    private final Counter folded;
    private final Counter failures;
    private ScheduledExecutorService executor;
    private boolean failing;

    RollupFoldSchedule(
            MaintainRollupsUseCase rollups,
            @Value("${gaplens.rollups.fold-interval:200ms}") Duration interval,
            MeterRegistry registry) {
        this.rollups = rollups;
        this.interval = interval;
        this.folded = Counter.builder("gaplens.rollups.folded")
                .description("Acknowledged changes this instance's folder added to the roll-up cells")
                .register(registry);
        this.failures = Counter.builder("gaplens.rollups.fold.failures")
                .description("Fold rounds that failed (logged once per run of failures, with the cause) and run again")
                .register(registry);
    }

    private void fold() {
        try {
            folded.increment(rollups.fold());
            if (failing) {
                failing = false;
                LOG.info("Roll-up folding works again");
            }
        } catch (RuntimeException e) {
            if (executor != null && executor.isShutdown()) {
                return; // stopped with the instance: any instance folds what is left
            }
            failures.increment();
            if (!failing) {
                failing = true;
                LOG.warn(
                        "Roll-up folding failed ({}); it runs again every {}, and reads fold first",
                        RollupRepairSchedule.cause(e),
                        interval);
            }
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("rollup-fold").factory());
        executor.scheduleWithFixedDelay(this::fold, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
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
