package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.adapters.mongo.config.MongoAdapterConfiguration;
import com.gaplens.bootstrap.e2e.RawGraphQl.Answer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * GapLens as a process of its own, started from this JVM's classpath (without the test classes) on a real MongoDB,
 * its output in a log file: what the process-based tests kill, restart and run side by side. Every instance checks
 * each command it sends against the rules of a sharded cluster ({@code gaplens.mongodb.shard-key-check=log}); a test
 * reads the violations from the log ({@link #shardKeyViolations}).
 */
final class GapLensProcess implements AutoCloseable {

    /** The operator token every process started here has: its metrics and health details are read with it. */
    static final String OPERATOR_TOKEN = "operator-token-of-the-process-based-tests-0123456789";

    private final Process process;
    private final Path log;
    private final RawGraphQl client;
    private final int port;

    private GapLensProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.client = new RawGraphQl("http://localhost:" + port);
    }

    /**
     * Starts an instance on {@code database} of the MongoDB at {@code uri}, accepting {@code adminKey} as the first-run
     * ADMIN key of {@code tenant}, logging to {@code log}; {@code settings} add or override properties
     * ({@code --name=value}). Returns at once: {@link #awaitReady} waits for it.
     */
    static GapLensProcess start(
            String uri, String database, String tenant, String adminKey, Path log, String... settings)
            throws IOException {
        int port = freePort();
        String classpath = Arrays.stream(
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                                .split(File.pathSeparator))
                // the application's classpath without the test classes (their test configurations)
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar"))
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath,
                "com.gaplens.bootstrap.GapLensApplication",
                "--gaplens.mongodb.uri=" + uri,
                "--spring.mongodb.database=" + database,
                "--server.port=" + port,
                "--gaplens.demo.enabled=false",
                "--gaplens.first-run.admin-key=" + adminKey,
                "--gaplens.first-run.tenant=" + tenant,
                "--gaplens.mongodb.shard-key-check=log",
                "--gaplens.operator.token=" + OPERATOR_TOKEN,
                "--gaplens.graphql.budget.capacity=100000000",
                "--gaplens.graphql.budget.refill-per-second=1000000"));
        command.addAll(List.of(settings));
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        return new GapLensProcess(builder.start(), log, port);
    }

    /** Waits until the instance answers a GraphQL call as {@code adminKey}. */
    GapLensProcess awaitReady(String adminKey) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            assertThat(process.isAlive())
                    .as("the application runs (see %s)", log)
                    .isTrue();
            try {
                Answer answer = client.post(adminKey, "{ tenant { id } }", null);
                if (answer.status() == 200 && !answer.hasErrors()) {
                    return this;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            assertThat(System.nanoTime())
                    .as("started within 120 s (see %s)", log)
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    RawGraphQl client() {
        return client;
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no graceful end of the requests in flight. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The log lines of writes that broke a rule of a sharded cluster ({@code ShardKeyWriteRules}). */
    List<String> shardKeyViolations() throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(MongoAdapterConfiguration.SHARD_KEY_RULE_BROKEN))
                    .toList();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
