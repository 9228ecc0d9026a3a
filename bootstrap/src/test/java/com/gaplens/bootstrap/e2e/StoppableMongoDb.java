package com.gaplens.bootstrap.e2e;

import com.gaplens.adapters.mongo.support.MongoTestServers;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * A MongoDB replica set of one test's own, which the test stops and starts again to see the application
 * through an outage. Found in this order:
 *
 * <ol>
 *   <li>{@code GAPLENS_TEST_MONGODB_CONTROL}: a script that manages a server, called as {@code SCRIPT start PORT}
 *       (printing the server's URI on its last line of output) and {@code SCRIPT stop PORT}, on port
 *       {@code GAPLENS_OUTAGE_MONGODB_PORT} (27117 by default). CI passes this workplace's {@code real-mongodb}
 *       tool this way. Set but not executable: the test fails (a setting that is wrong is not a reason to skip).
 *   <li>a Docker engine: a {@code mongo:7.0} container (Testcontainers) on a fixed host port, stopped and started
 *       again with its data.
 *   <li>neither: the test class is skipped, saying why ({@link Available}).
 * </ol>
 */
interface StoppableMongoDb extends AutoCloseable {

    String CONTROL_VARIABLE = "GAPLENS_TEST_MONGODB_CONTROL";
    String PORT_VARIABLE = "GAPLENS_OUTAGE_MONGODB_PORT";

    /** Starts the server (again); returns once it has a primary. */
    void start();

    /** Stops the server; its data stays for the next {@link #start()}. */
    void stop();

    /** The server's connection string, once started. */
    String uri();

    /** Stops the server for good. */
    @Override
    void close();

    /** The server to use; {@link Available} has made sure there is one. */
    static StoppableMongoDb create() {
        String control = System.getenv(CONTROL_VARIABLE);
        if (control != null && !control.isBlank()) {
            Path script = Path.of(control);
            if (!Files.isExecutable(script)) {
                throw new IllegalStateException(CONTROL_VARIABLE + "=" + control + " is not an executable file");
            }
            return new ControlledByScript(script, System.getenv().getOrDefault(PORT_VARIABLE, "27117"));
        }
        return new InContainer();
    }

    /**
     * Runs a test class only where there is a server it may stop: a control script or a Docker engine. Elsewhere
     * the class is disabled before anything of it runs, reported as skipped with the reason.
     */
    final class Available implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String control = System.getenv(CONTROL_VARIABLE);
            if ((control != null && !control.isBlank()) || MongoTestServers.dockerAvailable()) {
                return ConditionEvaluationResult.enabled("a MongoDB it may stop and start");
            }
            String why = "no MongoDB it may stop and start: set " + CONTROL_VARIABLE
                    + " (a script taking start|stop PORT) or run a Docker engine for Testcontainers";
            System.out.println("[GapLens IT] " + context.getDisplayName() + " skipped: " + why);
            return ConditionEvaluationResult.disabled(why);
        }
    }

    /** A server managed by a script, such as this workplace's {@code real-mongodb} tool. */
    final class ControlledByScript implements StoppableMongoDb {

        private final Path script;
        private final String port;
        private String uri;

        ControlledByScript(Path script, String port) {
            this.script = script;
            this.port = port;
        }

        @Override
        public void start() {
            List<String> lines =
                    run("start").lines().filter(line -> !line.isBlank()).toList();
            if (lines.isEmpty()) {
                throw new IllegalStateException(script + " start " + port + " printed no URI");
            }
            uri = lines.getLast().strip();
        }

        @Override
        public void stop() {
            run("stop");
        }

        @Override
        public String uri() {
            return uri;
        }

        @Override
        public void close() {
            stop();
        }

        private String run(String command) {
            try {
                Process process = new ProcessBuilder(script.toString(), command, port)
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                String output;
                try (InputStream out = process.getInputStream()) {
                    output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                }
                if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException(script + " " + command + " " + port + " failed");
                }
                return output;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A {@code mongo:7.0} single-node replica set in a container. Its host port is fixed when the container is
     * created, so that it is the same after {@code docker stop} and {@code docker start} (a random binding may
     * change), and the replica set's configuration lives in the container's data, which a stop keeps.
     */
    final class InContainer implements StoppableMongoDb {

        private final MongoDBContainer container;
        private String uri;

        InContainer() {
            int hostPort = freePort();
            container = new MongoDBContainer("mongo:7.0")
                    .withReplicaSet()
                    .withCreateContainerCmdModifier(create -> create.getHostConfig()
                            .withPortBindings(
                                    new PortBinding(Ports.Binding.bindPort(hostPort), new ExposedPort(27017))));
        }

        @Override
        public void start() {
            if (uri == null) {
                container.start();
                uri = container.getReplicaSetUrl("admin");
            } else {
                DockerClientFactory.instance()
                        .client()
                        .startContainerCmd(container.getContainerId())
                        .exec();
            }
        }

        @Override
        public void stop() {
            DockerClientFactory.instance()
                    .client()
                    .stopContainerCmd(container.getContainerId())
                    .exec();
        }

        @Override
        public String uri() {
            return uri;
        }

        @Override
        public void close() {
            container.stop();
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
