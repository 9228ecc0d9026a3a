package com.gaplens.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.adapters.postgres.support.PostgresTestServer;
import com.gaplens.adapters.postgres.support.RandomMonthCells;
import com.gaplens.application.bi.BiCredentials;
import com.gaplens.domain.tenant.TenantId;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What BI tools run on connecting, for a tenant login, through the real clients: psql's {@code \dt} and {@code \dv}
 * (their catalogue queries), and ODBC — what Power BI and Tableau use on Windows — through unixODBC's {@code isql}
 * with Debian's {@code odbc-postgresql} driver: {@code SQLTables}, {@code SQLColumns} and a query. Each test is
 * skipped, saying why, when its client is not installed ({@code .ci/run} installs both).
 */
class BiToolsIT {

    private static PostgresBiPublication publication;
    private static BiCredentials login;
    private static long rows;

    @BeforeAll
    static void aLoginWithRows() throws Exception {
        publication = new PostgresBiPublication(PostgresTestServer.database());
        publication.start();
        TenantId tenant = new TenantId("tools-" + UUID.randomUUID());
        publication.warehouse().upsertRows(tenant, RandomMonthCells.rows(new Random(7), 120));
        login = publication.logins().grant(tenant, "BI tools", Instant.now());
        try (Connection owner = PostgresTestServer.owner();
                ResultSet rs = owner.createStatement()
                        .executeQuery("SELECT count(*) FROM "
                                + SqlNames.quote(login.access().schema()) + ".gap_rows_month")) {
            rs.next();
            rows = rs.getLong(1);
        }
    }

    @AfterAll
    static void close() {
        if (publication != null) {
            publication.close();
        }
    }

    @Test
    void psqlListsTheLabelTablesAndTheViewOfTheSchema() throws Exception {
        String psql = installed("psql", "postgresql-client");

        String tables = run(List.of(psql, "-X", "-A", "-t", "-c", "\\dt", connectionString()), Map.of());
        String views = run(List.of(psql, "-X", "-A", "-t", "-c", "\\dv", connectionString()), Map.of());
        String count = run(
                List.of(psql, "-X", "-A", "-t", "-c", "SELECT count(*) FROM gap_rows_month", connectionString()),
                Map.of());

        assertThat(tables)
                .contains("|brands|table|", "|brand_values|table|", "|commitments|table|", "|touchpoints|table|")
                .contains("|segments|table|")
                .doesNotContain("month_cells|");
        assertThat(views).contains("|gap_rows_month|view|");
        assertThat(count.strip()).isEqualTo(String.valueOf(rows));
    }

    @Test
    void odbcListsTablesAndColumnsAndAnswersAQuery() throws Exception {
        String isql = installed("isql", "unixodbc");
        Assumptions.assumeTrue(
                new File("/etc/odbcinst.ini").exists()
                        && java.nio.file.Files.readString(new File("/etc/odbcinst.ini").toPath())
                                .contains("PostgreSQL Unicode"),
                "SKIPPED: the PostgreSQL ODBC driver is not installed (apt-get install odbc-postgresql)");
        String dsn = "Driver=PostgreSQL Unicode;Server="
                + PostgresTestServer.database().host() + ";Port="
                + PostgresTestServer.database().port() + ";Database=" + login.database() + ";Uid="
                + login.access().user() + ";Pwd=" + login.password();

        String tables = isql(isql, dsn, "help");
        String columns = isql(isql, dsn, "help gap_rows_month");
        String count = isql(isql, dsn, "SELECT count(*) FROM gap_rows_month");

        assertThat(tables).contains("gap_rows_month", "brands", "commitments");
        assertThat(columns).contains("brand_id", "promised_lived", "ci_high", "month");
        assertThat(count).contains("| " + rows);
    }

    private static String isql(String isql, String dsn, String input) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(isql, "-v", "-b", "-k", dsn).redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().write((input + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        return finish(process, "isql " + input);
    }

    private static String connectionString() {
        return "host=" + PostgresTestServer.database().host() + " port="
                + PostgresTestServer.database().port() + " dbname=" + login.database() + " user="
                + login.access().user();
    }

    private static String run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("PGPASSWORD", login.password());
        return finish(builder.start(), String.join(" ", command));
    }

    private static String finish(Process process, String what) throws Exception {
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return process.getInputStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(what + " did not end within a minute");
        }
        String output = new String(read.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(what + " said:\n" + output).isZero();
        return output;
    }

    private static String installed(String binary, String debianPackage) {
        for (String dir : List.of("/usr/bin", "/usr/local/bin")) {
            File file = new File(dir, binary);
            if (file.canExecute()) {
                return file.getPath();
            }
        }
        Assumptions.abort("SKIPPED: " + binary + " is not installed (apt-get install " + debianPackage + ")");
        throw new IllegalStateException("unreachable");
    }
}
