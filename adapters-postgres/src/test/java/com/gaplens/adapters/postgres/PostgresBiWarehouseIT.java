package com.gaplens.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.adapters.postgres.support.PostgresTestServer;
import com.gaplens.adapters.postgres.support.RandomMonthCells;
import com.gaplens.adapters.postgres.support.Regroupings;
import com.gaplens.application.bi.BiLabels;
import com.gaplens.application.bi.GapRow;
import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tenant schemas of the BI publication on a real PostgreSQL: rows, versions, labels, and regrouping in SQL. */
class PostgresBiWarehouseIT {

    private static final long SEED = Long.getLong("gaplens.seed", System.nanoTime());
    private static PostgresBiPublication publication;

    private final TenantId tenant = new TenantId("t-" + UUID.randomUUID());

    @BeforeAll
    static void publication() {
        publication = new PostgresBiPublication(PostgresTestServer.database());
        publication.start();
        System.out.println("[GapLens IT] PostgresBiWarehouseIT seed " + SEED + " (-Dgaplens.seed=" + SEED + ")");
    }

    @AfterAll
    static void close() {
        if (publication != null) {
            publication.close();
        }
    }

    @Test
    void everyRowOfTheViewHoldsTheFiguresReportedForItsCellThatRegroupingItAloneGivesBack() throws Exception {
        List<GapRow> rows = RandomMonthCells.rows(new Random(SEED), 1_500);
        publication.warehouse().prepare(tenant);
        publication.warehouse().upsertRows(tenant, rows);

        Regroupings byCell = new Regroupings(List.of(com.gaplens.application.gaps.GapDimension.values()), "month");
        Map<String, Map<String, Object>> stored = new HashMap<>();
        try (Connection connection = PostgresTestServer.owner();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM " + schema() + ".gap_rows_month")) {
            while (rs.next()) {
                Map<String, Object> figures = new HashMap<>();
                for (String column : List.of(
                        "n",
                        "weight",
                        "lived",
                        "promised_n",
                        "promised_weight",
                        "promised_lived",
                        "target",
                        "gap",
                        "std_error",
                        "ci_low",
                        "ci_high",
                        "significance",
                        "severity",
                        "methods",
                        "triangulation",
                        "unpromised_n")) {
                    figures.put(column, rs.getObject(column));
                }
                stored.put(groupOf(rs, byCell), figures);
            }
        }
        Map<String, Map<String, Object>> expected = byCell.expected(rows);
        assertThat(stored).hasSize(rows.size());
        Regroupings.assertSameFigures(expected, stored, "the stored rows");
        try (Connection connection = PostgresTestServer.owner()) {
            Regroupings.assertSameFigures(expected, byCell.computed(connection, schema()), "each row regrouped alone");
        }
    }

    @Test
    void twentyCoarserGroupingsComputedInSqlGiveTheFiguresOfTheMergedCells() throws Exception {
        Random random = new Random(SEED + 1);
        List<GapRow> rows = RandomMonthCells.rows(random, 3_000);
        publication.warehouse().prepare(tenant);
        publication.warehouse().upsertRows(tenant, rows);

        try (Connection connection = PostgresTestServer.owner()) {
            for (int i = 0; i < 20; i++) {
                Regroupings grouping = Regroupings.random(random);
                Regroupings.assertSameFigures(
                        grouping.expected(rows), grouping.computed(connection, schema()), grouping.toString());
            }
        }
    }

    @Test
    void aRowOfHigherVersionReplacesItsCopyAndAnOlderOneChangesNothing() throws Exception {
        GapRow first = RandomMonthCells.rows(new Random(SEED + 2), 1).getFirst();
        GapRow merged = withVersion(first, 5, first.statistics().merge(first.statistics()));
        publication.warehouse().upsertRows(tenant, List.of(withVersion(first, 3, first.statistics())));

        publication.warehouse().upsertRows(tenant, List.of(merged));
        publication.warehouse().upsertRows(tenant, List.of(withVersion(first, 4, first.statistics())));
        publication.warehouse().upsertRows(tenant, List.of(merged));

        assertThat(count("SELECT sum(n) FROM " + schema() + ".gap_rows_month")).isEqualTo(2);
        assertThat(count("SELECT max(cell_version) FROM " + SqlNames.quote(SqlNames.cellsOf(tenant)) + ".month_cells"))
                .isEqualTo(5);
    }

    @Test
    void anEmptiedCellLeavesTheViewAndNoOlderCopyBringsItBack() throws Exception {
        GapRow row = RandomMonthCells.rows(new Random(SEED + 3), 1).getFirst();
        publication.warehouse().upsertRows(tenant, List.of(withVersion(row, 1, row.statistics())));

        publication.warehouse().upsertRows(tenant, List.of(withVersion(row, 2, CellStatistics.empty())));
        publication.warehouse().upsertRows(tenant, List.of(withVersion(row, 1, row.statistics())));

        assertThat(count("SELECT count(*) FROM " + schema() + ".gap_rows_month"))
                .isZero();
        assertThat(count("SELECT count(*) FROM " + SqlNames.quote(SqlNames.cellsOf(tenant))
                        + ".month_cells WHERE n = 0"))
                .isEqualTo(1);
    }

    @Test
    void labelsNameTheKeysOfTheRowsAndAnOlderLabelNeverReplacesANewerOne() throws Exception {
        GapRow row = RandomMonthCells.rows(new Random(SEED + 4), 1).getFirst();
        publication.warehouse().upsertRows(tenant, List.of(row));
        String brand = row.key(com.gaplens.application.gaps.GapDimension.BRAND).orElseThrow();
        String touchpoint =
                row.key(com.gaplens.application.gaps.GapDimension.TOUCHPOINT).orElseThrow();
        assertThat(text("SELECT brand || '/' || touchpoint FROM " + schema() + ".gap_rows_month"))
                .as("without labels, the ids")
                .isEqualTo(brand + "/" + touchpoint);

        publication.warehouse().upsertLabels(tenant, labels(brand, "Maison Lumen", touchpoint, "Checkout", 2));
        publication.warehouse().upsertLabels(tenant, labels(brand, "Old name", touchpoint, "Old checkout", 1));

        assertThat(text("SELECT brand || '/' || touchpoint FROM " + schema() + ".gap_rows_month"))
                .isEqualTo("Maison Lumen/Checkout");
    }

    @Test
    void namesMadeOfSqlAreStoredAsTheyAreAndTenantsWhoseIdsCleanAlikeStayApart() throws Exception {
        String sql = "Lumen'); DROP SCHEMA public CASCADE; --\"";
        TenantId dashed = new TenantId("acme-" + UUID.randomUUID());
        TenantId underscored = new TenantId(dashed.value().replace('-', '_'));
        GapRow row = RandomMonthCells.rows(new Random(SEED + 5), 1).getFirst();
        String brand = row.key(com.gaplens.application.gaps.GapDimension.BRAND).orElseThrow();
        String touchpoint =
                row.key(com.gaplens.application.gaps.GapDimension.TOUCHPOINT).orElseThrow();

        publication.warehouse().upsertRows(dashed, List.of(row));
        publication.warehouse().upsertLabels(dashed, labels(brand, sql, touchpoint, "tp", 1));
        publication.warehouse().prepare(underscored);

        String schema = SqlNames.quote(SqlNames.schemaOf(dashed));
        assertThat(text("SELECT brand FROM " + schema + ".gap_rows_month")).isEqualTo(sql);
        assertThat(count("SELECT count(*) FROM pg_namespace WHERE nspname = 'public'"))
                .isEqualTo(1);
        assertThat(SqlNames.schemaOf(underscored)).isNotEqualTo(SqlNames.schemaOf(dashed));
        assertThat(count("SELECT count(*) FROM " + SqlNames.quote(SqlNames.schemaOf(underscored)) + ".gap_rows_month"))
                .isZero();
    }

    @Test
    void eachTenantHasASchemaOfItsOwn() throws Exception {
        TenantId other = new TenantId("t-" + UUID.randomUUID());
        publication.warehouse().upsertRows(tenant, RandomMonthCells.rows(new Random(SEED + 6), 10));

        publication.warehouse().prepare(other);

        assertThat(SqlNames.schemaOf(other)).isNotEqualTo(SqlNames.schemaOf(tenant));
        assertThat(count("SELECT count(*) FROM " + SqlNames.quote(SqlNames.schemaOf(other)) + ".gap_rows_month"))
                .isZero();
    }

    private String schema() {
        return SqlNames.quote(SqlNames.schemaOf(tenant));
    }

    private static String groupOf(ResultSet rs, Regroupings grouping) throws Exception {
        StringBuilder key = new StringBuilder();
        for (var dimension : grouping.dimensions()) {
            String value = rs.getString(Regroupings.column(dimension));
            key.append(value == null ? "" : value).append('|');
        }
        return key.append(rs.getString("month"), 0, 7).toString();
    }

    private static GapRow withVersion(GapRow row, long version, CellStatistics statistics) {
        return new GapRow(
                row.cellId(),
                version,
                row.keys(),
                row.month(),
                statistics,
                statistics.report(com.gaplens.domain.gap.SeverityThresholds.DEFAULT));
    }

    private static BiLabels labels(String brand, String brandName, String touchpoint, String name, long version) {
        return new BiLabels(
                List.of(new BiLabels.BrandLabel(brand, brandName, "ACTIVE", version)),
                List.of(),
                List.of(),
                List.of(new BiLabels.TouchpointLabel(touchpoint, brand, name, "PURCHASE", "WEB", "ACTIVE", version)),
                List.of());
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = PostgresTestServer.owner();
                ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(String sql) throws Exception {
        try (Connection connection = PostgresTestServer.owner();
                ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
