package com.gaplens.adapters.mongo.sharding;

import com.gaplens.adapters.mongo.sharding.ShardKeyWriteRules.Violation;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.function.Consumer;

/**
 * A driver {@link CommandListener} that checks every command a client sends against {@link ShardKeyWriteRules} and
 * hands each violation to a sink, before the command runs: the test suite's clients fail the test that made it;
 * an instance started with {@code gaplens.mongodb.shard-key-check=log} logs it (a rehearsal before sharding).
 */
public final class ShardKeyWriteCheck implements CommandListener {

    private final ShardKeyWriteRules rules;
    private final Consumer<Violation> sink;

    public ShardKeyWriteCheck(ShardKeyWriteRules rules, Consumer<Violation> sink) {
        this.rules = rules;
        this.sink = sink;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        // the event's document is only valid during this call: the violations carry copies as text
        rules.check(event.getCommandName(), event.getCommand()).forEach(sink);
    }
}
