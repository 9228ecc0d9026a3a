package com.gaplens.adapters.mongo.support;

import com.gaplens.adapters.mongo.sharding.ShardKeyWriteCheck;
import com.gaplens.adapters.mongo.sharding.ShardKeyWriteRules;
import com.gaplens.adapters.mongo.sharding.ShardKeyWriteRules.Violation;
import com.gaplens.adapters.mongo.sharding.ShardKeys;
import com.gaplens.adapters.mongo.sharding.ShardKeys.Placement;
import com.mongodb.event.CommandListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The writes of the test suite that break a rule of a sharded cluster ({@link ShardKeyWriteRules}), as the listener
 * every client of the suite carries ({@link #listener()}: {@link MongoTestServers}' clients, and every Spring Boot
 * application context of the tests, through {@link ShardKeyCheckAutoConfiguration}) reports them. Registered for
 * every test class of the suite (JUnit's extension auto-detection, {@code META-INF/services}), it fails the test
 * during which a violation was reported. A test that breaks a rule on purpose takes its violations with
 * {@link #drain}.
 */
public final class ShardKeyViolations implements AfterEachCallback {

    private static final List<Violation> REPORTED = new ArrayList<>();

    /** Collections only tests write (fixtures of their own), with the placement they are checked against. */
    private static final Map<String, Placement> FIXTURES = new ConcurrentHashMap<>();

    /**
     * A listener that reports here every violation of the commands it sees, for the collections of
     * {@link ShardKeys} and those of {@link #fixture}.
     */
    public static CommandListener listener() {
        return new ShardKeyWriteCheck(
                new ShardKeyWriteRules(
                        collection -> ShardKeys.of(collection).or(() -> Optional.ofNullable(FIXTURES.get(collection)))),
                ShardKeyViolations::report);
    }

    /** A collection of a test's own (not the application's), checked as {@code placement} says. */
    public static void fixture(Placement placement) {
        FIXTURES.put(placement.collection(), placement);
    }

    static void report(Violation violation) {
        synchronized (REPORTED) {
            REPORTED.add(violation);
        }
    }

    /** Takes (and forgets) the violations reported so far that {@code which} selects. */
    public static List<Violation> drain(Predicate<Violation> which) {
        synchronized (REPORTED) {
            List<Violation> taken =
                    new ArrayList<>(REPORTED.stream().filter(which).toList());
            REPORTED.removeAll(taken);
            return taken;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<Violation> broken = drain(violation -> true);
        if (!broken.isEmpty()) {
            throw new AssertionError(broken.size() + " write(s) during " + context.getDisplayName()
                    + " break a rule of a sharded cluster (docs/sharding.md):\n  "
                    + String.join(
                            "\n  ", broken.stream().map(Violation::toString).toList()));
        }
    }
}
