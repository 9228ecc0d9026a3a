package com.gaplens.bootstrap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What failed authentications cost a running GapLens (issue 18, item 3), measured from outside over HTTP: the time of
 * one refusal (a wrong secret for an existing key id, an unknown key id, and one refused by the throttle), and the time
 * a valid call takes alone and during a flood of {@code FLOOD} wrong-secret requests sent 50 at a time. Prints medians;
 * asserts nothing (a figure, not a test). Run it against any GapLens, before and after a change:
 *
 * <pre>
 * ./gaplens mvn -B -q -pl bootstrap -am test-compile -DskipTests
 * ./gaplens java -cp bootstrap/target/test-classes com.gaplens.bootstrap.bench.AuthenticationFloodBenchmark \
 *     http://localhost:8080 "$(cat data/first-run-admin-key)" http://$(hostname -I | cut -d' ' -f1):8080
 * </pre>
 */
public final class AuthenticationFloodBenchmark {

    static final int FLOOD = 400;
    static final String QUERY = "{\"query\":\"{ experienceModel { families } }\"}";

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final String baseUrl;

    private AuthenticationFloodBenchmark(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String validKey = args[1].strip();
        AuthenticationFloodBenchmark bench = new AuthenticationFloodBenchmark(baseUrl);
        // the valid caller's own address (e.g. http://<the host's address>:8080): the flood comes from another one,
        // as an attack does; from the same address, the throttle shuts the valid caller out too, by design
        AuthenticationFloodBenchmark valid = new AuthenticationFloodBenchmark(args.length > 2 ? args[2] : baseUrl);
        // the flood aims at another existing key (issued here with the ADMIN key given): a valid caller's own key id
        // under attack is locked for its holder too (the per-key limit), another matter
        String otherKey = valid.issueKey(validKey);
        String keyPrefix = otherKey.substring(0, otherKey.indexOf('.') + 1);
        String wrongSecret = keyPrefix + "w".repeat(43);
        String unknownId = "gl_" + "u".repeat(24) + "." + "s".repeat(43);

        valid.timed("valid call, alone (warm-up)", validKey, 20);
        Map<String, Object> alone = valid.timed("valid call, alone", validKey, 20);
        Map<String, Object> wrong = bench.timed("wrong secret for an existing key id", wrongSecret, 5);
        Map<String, Object> unknown = bench.timed("unknown key id", unknownId, 5);
        Map<String, Object> throttled = bench.timed("refusal once throttled (same source)", unknownId, 20);

        ExecutorService flood = Executors.newFixedThreadPool(50);
        List<Future<Integer>> sent = new ArrayList<>();
        long floodStart = System.nanoTime();
        for (int i = 0; i < FLOOD; i++) {
            sent.add(flood.submit(() -> bench.call(wrongSecret).statusCode()));
        }
        Map<String, Object> during = valid.timed("valid call, during the flood", validKey, 5);
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<Integer> f : sent) {
            statuses.merge(f.get(), 1, Integer::sum);
        }
        double floodSeconds = (System.nanoTime() - floodStart) / 1e9;
        flood.shutdown();
        System.out.printf(
                "flood of %d wrong-secret requests took %.2f s, statuses %s%n", FLOOD, floodSeconds, statuses);
        System.out.println(List.of(alone, wrong, unknown, throttled, during));
    }

    private Map<String, Object> timed(String label, String token, int times) throws Exception {
        List<Double> millis = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = call(token);
            millis.add((System.nanoTime() - start) / 1e6);
            statuses.merge(response.statusCode(), 1, Integer::sum);
        }
        millis.sort(Double::compare);
        double median = millis.get(millis.size() / 2);
        System.out.printf(
                "%-45s median %8.1f ms  max %8.1f ms  statuses %s%n", label, median, millis.getLast(), statuses);
        return Map.of("case", label, "medianMs", Math.round(median * 10) / 10.0, "statuses", statuses);
    }

    /** A new READER key, issued with {@code adminKey}: its token. */
    private String issueKey(String adminKey) throws Exception {
        String body = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/graphql"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + adminKey)
                                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"mutation { issueApiKey(input:"
                                        + " {label: \\\"flood target\\\", roles: [READER]}) { token } }\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("gl_[a-z0-9]{24}\\.[A-Za-z0-9_-]+")
                .matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("no key issued: " + body);
        }
        return token.group();
    }

    private HttpResponse<String> call(String token) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/graphql"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(QUERY))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
