package com.gaplens.bootstrap.bench;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.TransactionOptions;
import com.mongodb.WriteConcern;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bson.Document;

/**
 * What one document write costs the server, by kind, in one run: what bounds an ingestion that writes a document per
 * cell it touches. Into a collection shaped like the roll-up cells (their indexes, documents of their size), each round
 * writes {@code --documents} documents four ways, each in one unordered bulk with the benchmarks' write concern
 * (majority, journaled):
 * <ol>
 *   <li>inserted, new (what a cell document that does not exist yet costs, and what the raw baseline does);</li>
 *   <li>updated by {@code _id} alone with one {@code $inc} (the cheapest update there is);</li>
 *   <li>updated as the roll-up cells are: filter on the shard key and the token guard, upsert, {@code $inc} of a cell's
 *       sums, {@code $push} of the token, {@code $set} of the entry's keys;</li>
 *   <li>the same guarded updates in one multi-document transaction.</li>
 * </ol>
 * Prints each kind's median time per round and per document, and its ratio to the insert. Asserts nothing.
 *
 * <p>{@code ./gaplens bench writes --uri URI [--documents N] [--rounds N]}
 */
public final class WriteCostBenchmark {

    private static final List<String> SUMS = List.of("pN", "pW", "pS1", "pS2", "T", "pm_OBSERVATION");

    public static void main(String[] args) {
        Map<String, String> options = IngestionBenchmark.options(args);
        String uri = options.getOrDefault("uri", "mongodb://127.0.0.1:27017/?replicaSet=rs0");
        int documents = Integer.parseInt(options.getOrDefault("documents", "5000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        String database = BenchmarkApp.scratchDatabase("gaplens_bench_writes_");
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                .build())) {
            MongoCollection<Document> cells = client.getDatabase(database).getCollection("cells");
            indexes(cells);
            int existing = documents * 4;
            List<Document> seed = new ArrayList<>();
            for (int i = 0; i < existing; i++) {
                seed.add(cell(i));
            }
            cells.insertMany(seed, new InsertManyOptions().ordered(false));
            Map<String, List<Double>> times = new LinkedHashMap<>();
            Random random = new Random(11);
            int next = existing;
            for (int round = 0; round <= rounds; round++) {
                String token = String.format("%012x-%016x", 1_000 + round, round);
                List<Integer> ids = random.ints(0, existing)
                        .distinct()
                        .limit(documents)
                        .boxed()
                        .toList();
                List<Document> fresh = new ArrayList<>();
                for (int i = 0; i < documents; i++) {
                    fresh.add(cell(next++));
                }
                List<WriteModel<Document>> plain = ids.stream()
                        .map(i -> (WriteModel<Document>) new UpdateOneModel<Document>(
                                new Document("_id", id(i)), new Document("$inc", new Document("pN", 1L))))
                        .toList();
                List<WriteModel<Document>> guarded =
                        ids.stream().map(i -> guardedAddition(i, token)).toList();
                List<WriteModel<Document>> guardedInTransaction =
                        ids.stream().map(i -> guardedAddition(i, token + "t")).toList();
                BulkWriteOptions unordered = new BulkWriteOptions().ordered(false);
                Map<String, Double> thisRound = new LinkedHashMap<>();
                thisRound.put(
                        "insert, new documents",
                        timed(() -> cells.insertMany(fresh, new InsertManyOptions().ordered(false))));
                thisRound.put("$inc by _id alone", timed(() -> cells.bulkWrite(plain, unordered)));
                thisRound.put("guarded upsert, as the roll-up cells", timed(() -> cells.bulkWrite(guarded, unordered)));
                thisRound.put("the same, in one transaction", timed(() -> {
                    try (ClientSession session = client.startSession()) {
                        session.withTransaction(
                                () -> cells.bulkWrite(session, guardedInTransaction, unordered),
                                TransactionOptions.builder()
                                        .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                                        .build());
                    }
                }));
                if (round > 0) { // the first round warms up
                    thisRound.forEach((kind, seconds) -> times.computeIfAbsent(kind, any -> new ArrayList<>())
                            .add(seconds));
                }
            }
            System.out.printf(
                    "%,d documents a round, %d rounds after one warm-up, %,d documents already stored%n",
                    documents, rounds, existing);
            double insert = IngestionBenchmark.median(times.get("insert, new documents"));
            times.forEach((kind, seconds) -> {
                double median = IngestionBenchmark.median(seconds);
                System.out.printf(
                        "  %-38s median %.3f s, %4.0f µs a document, %4.1f× the insert%n",
                        kind, median, median / documents * 1e6, median / insert);
            });
            client.getDatabase(database).drop();
        }
    }

    private static void indexes(MongoCollection<Document> cells) {
        cells.createIndex(new Document("tenant", 1)
                .append("level", 1)
                .append("brandId", 1)
                .append("month", 1));
        cells.createIndex(new Document("tenant", 1)
                .append("level", 1)
                .append("brandId", 1)
                .append("year", 1));
        cells.createIndex(new Document("tenant", 1).append("level", 1).append("month", 1));
        cells.createIndex(
                new Document("tenant", 1).append("changedAt", 1),
                new IndexOptions().partialFilterExpression(new Document("changed", true)));
    }

    private static String id(int i) {
        return String.format("%040x", i);
    }

    private static String brand(int i) {
        return "brand-" + i % 3;
    }

    /** A fine cell document of a month with one day entry: its keys, its sums, its token and bookkeeping. */
    private static Document cell(int i) {
        Document day =
                new Document("day", "2026-11-03").append("week", "2026-W45").append("month", "2026-11");
        Document cell = new Document("_id", id(i))
                .append("tenant", "bench")
                .append("brandId", brand(i))
                .append("level", "FINE")
                .append("audience", "CUSTOMER")
                .append("touchpointId", "touchpoint-" + i % 17)
                .append("variable", "VARIABLE_" + i % 12)
                .append("segmentId", "segment-" + i % 11)
                .append("commitmentId", "commitment-" + i % 7)
                .append("month", "2026-11")
                .append("quarter", "2026-Q4")
                .append("year", "2026");
        SUMS.forEach(field -> {
            cell.append(field, 1.0);
            day.append(field, 1.0);
        });
        return cell.append("d", new Document("03", day))
                .append("v", 1L)
                .append("taken", new ArrayList<>(List.of("000000000001-0000000000000000")))
                .append("floor", "000000000000-0000000000000000")
                .append("changed", true)
                .append("changedAt", new Date());
    }

    private static WriteModel<Document> guardedAddition(int i, String token) {
        Document increments = new Document("v", 1L);
        SUMS.forEach(field -> increments.append(field, 1.0).append("d.04." + field, 1.0));
        return new UpdateOneModel<>(
                new Document("tenant", "bench")
                        .append("_id", id(i))
                        .append("brandId", brand(i))
                        .append("taken", new Document("$ne", token))
                        .append("floor", new Document("$lte", token)),
                new Document("$inc", increments)
                        .append("$push", new Document("taken", token))
                        .append("$set", new Document("d.04.day", "2026-11-04").append("changed", true)),
                new UpdateOptions().upsert(true));
    }

    private static double timed(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e9;
    }
}
