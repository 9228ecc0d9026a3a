package com.gaplens.bootstrap.bi;

import com.gaplens.application.port.in.PublishBiRowsUseCase;
import com.gaplens.application.port.in.PublishBiRowsUseCase.CycleReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Runs the BI publication every sixth of {@code gaplens.bi.freshness} (5 s at most) on every instance, and
 * measures it: {@code gaplens.bi.publication.lag} (seconds the oldest unpublished change has waited, across tenants),
 * {@code gaplens.bi.publication.rows}, {@code .labels} and {@code .failures}. A cycle that fails (PostgreSQL away)
 * leaves every change waiting: one WARN line when it starts failing, one INFO line when it publishes again.
 */
@Component
@Conditional(BiPostgresConfigured.class)
class BiPublicationSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(BiPublicationSchedule.class);

    private final PublishBiRowsUseCase publication;
    private final Duration interval;
    private final Counter rows;
    private final Counter labels;
    private final Counter failures;
    private final AtomicReference<Double> lagSeconds = new AtomicReference<>(0.0);
    private volatile Instant failingSince;
    private ScheduledExecutorService executor;

    BiPublicationSchedule(
            PublishBiRowsUseCase publication,
            @Value("${gaplens.bi.freshness:30s}") Duration freshness,
            MeterRegistry registry) {
        this.publication = publication;
        Duration sixth = freshness.dividedBy(6);
        this.interval = sixth.compareTo(Duration.ofSeconds(5)) > 0
                ? Duration.ofSeconds(5)
                : sixth.compareTo(Duration.ofMillis(200)) < 0 ? Duration.ofMillis(200) : sixth;
        this.rows = Counter.builder("gaplens.bi.publication.rows")
                .description("Month rows written to the BI database")
                .register(registry);
        this.labels = Counter.builder("gaplens.bi.publication.labels")
                .description("Labels written to the BI database")
                .register(registry);
        this.failures = Counter.builder("gaplens.bi.publication.failures")
                .description("Publication cycles that could not write to the BI database (changes kept for the next)")
                .register(registry);
        Gauge.builder("gaplens.bi.publication.lag", lagSeconds, AtomicReference::get)
                .description("Seconds the oldest change not yet in the BI database has waited (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
    }

    private void cycle() {
        try {
            CycleReport report = publication.publishChanges();
            rows.increment(report.rows());
            labels.increment(report.labels());
            if (failingSince != null) {
                LOG.info("BI publication writes again (it had failed since {})", failingSince);
                failingSince = null;
            }
        } catch (RuntimeException e) {
            if (stopping()) {
                return;
            }
            failures.increment();
            if (failingSince == null) {
                failingSince = Instant.now();
                LOG.warn(
                        "BI publication failed; every change waits for the next cycle (every {}): {}",
                        interval,
                        e.toString());
            }
        }
        try {
            lagSeconds.set(publication.lag().toMillis() / 1000.0);
        } catch (RuntimeException e) {
            if (!stopping()) {
                LOG.debug("BI publication lag unknown for now", e);
            }
        }
    }

    private boolean stopping() {
        return executor != null && executor.isShutdown();
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("bi-publication").factory());
        executor.scheduleWithFixedDelay(this::cycle, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
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
