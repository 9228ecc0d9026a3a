package com.gaplens.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.adapters.postgres.support.PostgresTestServer;
import com.gaplens.adapters.postgres.support.RandomMonthCells;
import com.gaplens.application.bi.BiAccess;
import com.gaplens.application.bi.BiCredentials;
import com.gaplens.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Read-only logins on a real PostgreSQL: each reads its tenant's view and labels, nothing of another tenant, no other
 * schema, and writes nowhere; a revoked one cannot connect and its open sessions end.
 */
class PostgresBiLoginsIT {

    private static PostgresBiPublication publication;
    private static final TenantId TENANT_A = new TenantId("a-" + UUID.randomUUID());
    private static final TenantId TENANT_B = new TenantId("b-" + UUID.randomUUID());
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeAll
    static void twoTenantsWithRows() {
        publication = new PostgresBiPublication(PostgresTestServer.database());
        publication.start();
        publication.warehouse().upsertRows(TENANT_A, RandomMonthCells.rows(new Random(1), 200));
        publication.warehouse().upsertRows(TENANT_B, RandomMonthCells.rows(new Random(2), 300));
    }

    @AfterAll
    static void close() {
        if (publication != null) {
            publication.close();
        }
    }

    @Test
    void aLoginReadsItsTenantsRowsUnqualifiedAndNoRowOfAnotherTenant() throws Exception {
        BiCredentials a = grant(TENANT_A, "Finance Power BI");

        try (Connection connection = connect(a)) {
            assertThat(count(connection, "SELECT count(*) FROM gap_rows_month"))
                    .isEqualTo(ownerCount("SELECT count(*) FROM " + schemaOf(TENANT_A) + ".gap_rows_month"))
                    .isPositive();
            assertThat(count(connection, "SELECT count(*) FROM brands")).isZero();
            String other = schemaOf(TENANT_B);
            assertDenied(connection, "SELECT count(*) FROM " + other + ".gap_rows_month");
            assertDenied(
                    connection, "SELECT count(*) FROM " + SqlNames.quote(SqlNames.cellsOf(TENANT_B)) + ".month_cells");
            assertDenied(
                    connection, "SELECT count(*) FROM " + SqlNames.quote(SqlNames.cellsOf(TENANT_A)) + ".month_cells");
            assertDenied(connection, "SELECT count(*) FROM gaplens_admin.bi_accesses");
            assertDenied(connection, "SELECT count(*) FROM gaplens_admin.tenant_schemas");
        }
    }

    @Test
    void aLoginWritesNowhereNeitherInItsSchemaNorElsewhere() throws Exception {
        BiCredentials a = grant(TENANT_A, "writer?");

        try (Connection connection = connect(a)) {
            assertDenied(connection, "INSERT INTO brands VALUES ('b', 'x', 'ACTIVE', 1)");
            assertDenied(connection, "DELETE FROM brands");
            assertDenied(connection, "CREATE TABLE mine (x int)");
            assertDenied(connection, "CREATE TABLE public.mine (x int)");
            assertDenied(connection, "CREATE TEMP TABLE mine (x int)");
            assertDenied(connection, "CREATE SCHEMA mine");
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.execute("SET TRANSACTION READ WRITE; CREATE TABLE mine (x int)"))
                        .isInstanceOf(SQLException.class);
            }
            connection.rollback();
        }
    }

    @Test
    void theDocumentedRegroupingWorksForALogin() throws Exception {
        BiCredentials a = grant(TENANT_A, "Tableau");

        try (Connection connection = connect(a)) {
            assertThat(count(
                            connection,
                            "SELECT sum((f).n) FROM (SELECT touchpoint, date_trunc('quarter', month), regroup(g) AS f"
                                    + " FROM gap_rows_month g GROUP BY 1, 2) x"))
                    .isEqualTo(count(connection, "SELECT sum(n) FROM gap_rows_month"));
            assertThat(count(connection, "SELECT round(t_quantile_975(10) * 1000)"))
                    .isEqualTo(2228);
        }
    }

    @Test
    void accessesAreListedOldestFirstWithoutSecretsForTheirTenantOnly() {
        BiCredentials first = grant(TENANT_B, "first");
        BiCredentials second = publication.logins().grant(TENANT_B, "second", NOW.plusSeconds(1));

        List<BiAccess> listed = publication.logins().list(TENANT_B);
        List<String> ids = listed.stream().map(BiAccess::id).toList();

        assertThat(ids).containsSubsequence(first.access().id(), second.access().id());
        assertThat(publication.logins().list(TENANT_A).stream().map(BiAccess::id))
                .doesNotContain(first.access().id(), second.access().id());
        BiAccess listedFirst = listed.get(ids.indexOf(first.access().id()));
        assertThat(listedFirst).isEqualTo(first.access());
        assertThat(listedFirst.toString()).doesNotContain(first.password());
        assertThat(first.access().schema()).isEqualTo(SqlNames.schemaOf(TENANT_B));
        assertThat(first.database()).isEqualTo(PostgresTestServer.database().database());
    }

    @Test
    void aRevokedLoginsSessionsEndAndItCannotConnectAgain() throws Exception {
        BiCredentials a = grant(TENANT_A, "to revoke");
        Connection open = connect(a);
        assertThat(count(open, "SELECT 1")).isEqualTo(1);

        assertThat(publication.logins().revoke(TENANT_A, a.access().id())).contains(a.access());

        assertThatThrownBy(() -> count(open, "SELECT 1")).isInstanceOf(SQLException.class);
        open.close();
        assertThatThrownBy(() -> connect(a)).isInstanceOf(SQLException.class);
        assertThat(ownerCount("SELECT count(*) FROM pg_roles WHERE rolname = '"
                        + a.access().user() + "'"))
                .isZero();
        assertThat(publication.logins().list(TENANT_A)).doesNotContain(a.access());
        assertThat(publication.logins().revoke(TENANT_A, a.access().id())).isEmpty();
    }

    @Test
    void aTenantCannotRevokeAnotherTenantsLogin() throws Exception {
        BiCredentials b = grant(TENANT_B, "of b");

        assertThat(publication.logins().revoke(TENANT_A, b.access().id())).isEmpty();

        try (Connection connection = connect(b)) {
            assertThat(count(connection, "SELECT count(*) FROM gap_rows_month")).isPositive();
        }
    }

    @Test
    void aLabelMadeOfSqlIsKeptAsItIs() {
        String label = "Ops'); DROP ROLE postgres; --\"";

        BiCredentials granted = grant(TENANT_A, label);

        assertThat(publication.logins().list(TENANT_A))
                .anySatisfy(access -> assertThat(access.label()).isEqualTo(label));
        assertThat(granted.access().label()).isEqualTo(label);
    }

    @Test
    void whatBiToolsReadOnConnectingListsTheViewAndTheLabelTablesWithTheirColumns() throws Exception {
        BiCredentials a = grant(TENANT_A, "metadata");
        String schema = SqlNames.schemaOf(TENANT_A);

        try (Connection connection = connect(a)) {
            DatabaseMetaData metadata = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = metadata.getTables(null, schema, "%", new String[] {"TABLE", "VIEW"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_TYPE") + " " + rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables)
                    .contains(
                            "VIEW gap_rows_month",
                            "TABLE brands",
                            "TABLE brand_values",
                            "TABLE commitments",
                            "TABLE touchpoints",
                            "TABLE segments");
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = metadata.getColumns(null, schema, "gap_rows_month", "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME") + ":" + rs.getString("TYPE_NAME"));
                }
            }
            assertThat(columns)
                    .contains(
                            "brand_id:text",
                            "brand:text",
                            "month:date",
                            "n:int8",
                            "lived:float8",
                            "promised_lived:float8",
                            "gap:float8",
                            "significance:text",
                            "triangulation:int4",
                            "promised_sum:float8",
                            "observation_n:int8");
        }
    }

    static BiCredentials grant(TenantId tenant, String label) {
        return publication.logins().grant(tenant, label, NOW);
    }

    static Connection connect(BiCredentials credentials) throws SQLException {
        return PostgresTestServer.as(credentials.access().user(), credentials.password());
    }

    static String schemaOf(TenantId tenant) {
        return SqlNames.quote(SqlNames.schemaOf(tenant));
    }

    private static void assertDenied(Connection connection, String sql) {
        assertThatThrownBy(() -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(sql);
                    }
                })
                .as(sql)
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState())
                        .as("refused for want of rights (42501) or read-only (25006): " + sql)
                        .isIn("42501", "25006"));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long ownerCount(String sql) throws SQLException {
        try (Connection owner = PostgresTestServer.owner()) {
            return count(owner, sql);
        }
    }
}
