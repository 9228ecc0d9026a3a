package com.gaplens.bootstrap.firstrun;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * What readiness waits for on a first run: the health component {@code firstRun} (in the readiness group,
 * application.yaml). While {@link FirstRunDemo} loads the demo it is {@code OUT_OF_SERVICE} with
 * {@code {"loading": "demo", "measurements": 5000, "of": 10000, "since": "2026-12-03T10:00:00Z"}} (measurements
 * recorded so far, after each batch); once loaded, {@code UP} with {@code {"demo": "loaded", "measurements":
 * 10000}}. With nothing to load (a real MongoDB, a demo already there, the demo switched off): {@code UP}.
 */
@Component("firstRunHealthIndicator")
class FirstRunHealth implements HealthIndicator {

    private final AtomicReference<Health> health =
            new AtomicReference<>(Health.up().build());

    @Override
    public Health health() {
        return health.get();
    }

    void loading(long recorded, long of, Instant since) {
        health.set(Health.outOfService()
                .withDetail("loading", "demo")
                .withDetail("measurements", recorded)
                .withDetail("of", of)
                .withDetail("since", since.toString())
                .build());
    }

    void loaded(long measurements) {
        health.set(Health.up()
                .withDetail("demo", "loaded")
                .withDetail("measurements", measurements)
                .build());
    }
}
