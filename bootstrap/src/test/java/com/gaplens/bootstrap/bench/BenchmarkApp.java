package com.gaplens.bootstrap.bench;

import com.gaplens.application.port.in.DefineTenantUseCase;
import com.gaplens.application.port.in.DefineTenantUseCase.DefineTenantCommand;
import com.gaplens.application.port.in.IssueApiKeyUseCase;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssueApiKeyCommand;
import com.gaplens.bootstrap.GapLensApplication;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.tenant.TenantId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GapLens started in this process on a scratch database of the MongoDB a benchmark measures, with a tenant and
 * keys, and a plain HTTP GraphQL client: benchmarks call the public API exactly as clients do.
 */
final class BenchmarkApp implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A benchmark measures the work, not the protection: budget and time limits out of the way. */
    static final Map<String, Object> UNLIMITED = Map.of(
            "gaplens.graphql.budget.capacity", "1000000000",
            "gaplens.graphql.budget.refill-per-second", "1000000",
            "gaplens.graphql.timeout", "600s",
            "gaplens.mongodb.operation-timeout", "590s");

    final String uri;
    final String database;
    final ConfigurableApplicationContext context;
    final TenantId tenant = new TenantId("bench");
    final String adminToken;
    final String writerToken;
    final String readerToken;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String endpoint;

    BenchmarkApp(String uri, String database, Map<String, Object> extraProperties) {
        this.uri = uri;
        this.database = database;
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("gaplens.mongodb.uri", uri);
        properties.put("spring.mongodb.database", database);
        properties.put("server.port", "0");
        properties.put("gaplens.demo.enabled", "false");
        properties.put("logging.level.root", "WARN");
        properties.put("spring.main.banner-mode", "off");
        // the test suite's check of every command against the rules of a sharded cluster (on this classpath) is
        // not part of what is measured: production does not run it (the first class is application.yaml's exclusion,
        // which this list replaces)
        properties.put(
                "spring.autoconfigure.exclude",
                "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration,"
                        + "com.gaplens.adapters.mongo.support.ShardKeyCheckAutoConfiguration");
        properties.putAll(extraProperties);
        if (System.getenv("GAPLENS_BENCH_DEBUG") != null) {
            properties.put("logging.level.com.gaplens.adapters.mongo.rollup", "DEBUG");
        }
        // as command-line arguments: they win over application.yaml (default properties would not)
        String[] arguments = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        context = new SpringApplicationBuilder(GapLensApplication.class).run(arguments);
        endpoint = "http://localhost" + ":" + context.getEnvironment().getProperty("local.server.port") + "/graphql";
        try {
            context.getBean(DefineTenantUseCase.class).defineTenant(new DefineTenantCommand(tenant, new Name("Bench")));
        } catch (ConflictException alreadyThere) {
            // a database an earlier run kept: its tenant is reused
        }
        IssueApiKeyUseCase keys = context.getBean(IssueApiKeyUseCase.class);
        adminToken = keys.issue(new IssueApiKeyCommand(tenant, "bench", Set.of(Role.ADMIN)))
                .token();
        writerToken = keys.issue(new IssueApiKeyCommand(tenant, "bench", Set.of(Role.WRITER)))
                .token();
        readerToken = keys.issue(new IssueApiKeyCommand(tenant, "bench", Set.of(Role.READER)))
                .token();
    }

    static String scratchDatabase(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Posts a GraphQL request; fails on any error in the answer. */
    JsonNode call(String token, String query, Map<String, Object> variables) {
        return post(token, body(query, variables));
    }

    /** A GraphQL request's body, written before a benchmark times its exchange (a client's work, not GapLens's). */
    static String body(String query, Map<String, Object> variables) {
        return JSON.writeValueAsString(Map.of("query", query, "variables", variables));
    }

    /** Posts a GraphQL request's {@linkplain #body body}; fails on any error in the answer. */
    JsonNode post(String token, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            if (answer.has("errors") && !answer.get("errors").isEmpty()) {
                throw new IllegalStateException("GraphQL errors: " + answer.get("errors"));
            }
            return answer.get("data");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String id(String token, String mutation, Map<String, Object> input) {
        int brace = mutation.indexOf('{');
        String field =
                mutation.substring(brace + 1, mutation.indexOf('(', brace)).strip();
        return call(token, mutation, Map.of("input", input))
                .get(field)
                .get("id")
                .asString();
    }

    static List<String> list(String... values) {
        return List.of(values);
    }

    @Override
    public void close() {
        context.close();
    }
}
