package com.gaplens.adapters.mongo.support;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;

/**
 * The commands the test clients send to one database, recorded while a test listens to it: how a test sees the
 * write and read concerns an adapter really asks for.
 */
public final class CommandLog implements CommandListener {

    static final CommandLog INSTANCE = new CommandLog();

    private final Map<String, List<BsonDocument>> byDatabase = new ConcurrentHashMap<>();

    private CommandLog() {}

    /** From now on, a copy of every command sent to {@code database}, in the order sent. */
    public static List<BsonDocument> listen(String database) {
        return INSTANCE.byDatabase.computeIfAbsent(database, name -> new CopyOnWriteArrayList<>());
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        List<BsonDocument> commands = byDatabase.get(event.getDatabaseName());
        if (commands != null) {
            // the event's document is only valid during this call
            commands.add(event.getCommand().clone());
        }
    }
}
