package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.LabelChangeFeed;
import com.gaplens.application.port.out.contract.LabelChangeFeedContract;
import java.time.Duration;
import java.time.Instant;

class InMemoryLabelChangeFeedTest extends LabelChangeFeedContract {

    private final FixedClock clock = new FixedClock(Instant.parse("2027-01-05T09:00:00Z"));

    @Override
    protected LabelChangeFeed feed() {
        return new InMemoryLabelChangeFeed(clock);
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
