package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.Clock;
import java.time.Duration;
import java.time.Instant;

/** A clock that says what the test tells it. */
public final class FixedClock implements Clock {

    private volatile Instant now;

    public FixedClock(Instant now) {
        this.now = now;
    }

    @Override
    public Instant now() {
        return now;
    }

    public void set(Instant instant) {
        this.now = instant;
    }

    public void advance(Duration duration) {
        this.now = now.plus(duration);
    }
}
