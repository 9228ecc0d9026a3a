package com.gaplens.adapters.postgres.support;

import com.gaplens.adapters.postgres.BiDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL the integration tests publish into: the one {@code GAPLENS_TEST_POSTGRES_URL} names (a JDBC
 * URL, with {@code GAPLENS_TEST_POSTGRES_USER} and {@code GAPLENS_TEST_POSTGRES_PASSWORD}, an account allowed to create
 * schemas and roles: what {@code .ci/run} sets up), or else a Testcontainers {@code postgres:15} when a Docker engine
 * answers. Without either the calling test is skipped with a message saying so, or failed when
 * {@code GAPLENS_REQUIRE_POSTGRES=true}. Tests share it and keep apart by using tenants of their own.
 */
public final class PostgresTestServer {

    public static final String URL_VARIABLE = "GAPLENS_TEST_POSTGRES_URL";
    public static final String USER_VARIABLE = "GAPLENS_TEST_POSTGRES_USER";
    public static final String PASSWORD_VARIABLE = "GAPLENS_TEST_POSTGRES_PASSWORD";
    public static final String REQUIRE_VARIABLE = "GAPLENS_REQUIRE_POSTGRES";

    private static volatile PostgreSQLContainer container;
    private static volatile BiDatabase database;

    private PostgresTestServer() {}

    /** The database and owner account to publish into (skips or fails the test when there is none). */
    public static synchronized BiDatabase database() {
        if (database != null) {
            return database;
        }
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            database = new BiDatabase(
                    url,
                    Optional.ofNullable(System.getenv(USER_VARIABLE)).orElse("postgres"),
                    Optional.ofNullable(System.getenv(PASSWORD_VARIABLE)).orElse(""),
                    Optional.empty(),
                    Optional.empty());
        } else if (dockerAvailable()) {
            container = new PostgreSQLContainer("postgres:15");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            database = new BiDatabase(
                    container.getJdbcUrl(),
                    container.getUsername(),
                    container.getPassword(),
                    Optional.empty(),
                    Optional.empty());
        } else {
            String why = "no real PostgreSQL for the BI publication tests: set " + URL_VARIABLE + ", " + USER_VARIABLE
                    + " and " + PASSWORD_VARIABLE + " (.ci/run starts one) or run a Docker engine for Testcontainers";
            if (Boolean.parseBoolean(System.getenv(REQUIRE_VARIABLE))) {
                Assertions.fail(why + " — and " + REQUIRE_VARIABLE + "=true forbids skipping");
            }
            Assumptions.abort("SKIPPED: " + why);
        }
        System.out.println("[GapLens IT] real PostgreSQL for the BI publication: " + database);
        return database;
    }

    /** A new connection as the owner account. */
    public static Connection owner() throws SQLException {
        BiDatabase db = database();
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    /** A JDBC URL to the same database as {@code user}'s. */
    public static Connection as(String user, String password) throws SQLException {
        return DriverManager.getConnection(database().url(), user, password);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
