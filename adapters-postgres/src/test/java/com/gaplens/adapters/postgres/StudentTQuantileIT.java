package com.gaplens.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.adapters.postgres.support.PostgresTestServer;
import com.gaplens.domain.tenant.TenantId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published schema's {@code t_quantile_975(df)}, what a BI user's regrouping computes intervals with, against
 * Apache Commons Statistics (what GapLens itself uses): within 1e-12 for every df from 1 to 3,000 and then every
 * twentieth of a decade up to 10^12.
 */
class StudentTQuantileIT {

    private static PostgresBiPublication publication;
    private static String schema;

    @BeforeAll
    static void aTenantSchema() {
        publication = new PostgresBiPublication(PostgresTestServer.database());
        publication.start();
        TenantId tenant = new TenantId("t-quantile-" + UUID.randomUUID());
        publication.warehouse().prepare(tenant);
        schema = SqlNames.quote(SqlNames.schemaOf(tenant));
    }

    @AfterAll
    static void close() {
        if (publication != null) {
            publication.close();
        }
    }

    @Test
    void theQuantileIsWithinOneTrillionthOfCommonsStatisticsFromOneDegreeOfFreedomToATrillion() throws Exception {
        TreeSet<Long> degrees = new TreeSet<>();
        for (long df = 1; df <= 3_000; df++) {
            degrees.add(df);
        }
        for (int twentieth = 70; twentieth <= 240; twentieth++) {
            degrees.add(Math.round(Math.pow(10, twentieth / 20.0)));
        }

        Map<Long, Double> computed = quantiles(degrees.toArray(Long[]::new));

        assertThat(computed).hasSize(degrees.size());
        double worst = 0;
        for (long df : degrees) {
            double expected = TDistribution.of(df).inverseCumulativeProbability(0.975);
            assertThat(computed.get(df)).as("df %d", df).isCloseTo(expected, within(1e-12));
            worst = Math.max(worst, Math.abs(computed.get(df) - expected));
        }
        System.out.printf("[GapLens IT] t_quantile_975: worst difference from Commons Statistics %.2e%n", worst);
    }

    @Test
    void theClosedFormsAndThePrintedTablesHold() throws Exception {
        Map<Long, Double> computed = quantiles(new Long[] {1L, 2L, 10L, 30L, 120L});

        // df 1 is Cauchy: tan(0.475 π); df 2: (2p − 1) / √(2p(1 − p)) at p = 0.975
        assertThat(computed.get(1L)).isCloseTo(Math.tan(0.475 * Math.PI), within(1e-12));
        assertThat(computed.get(2L)).isCloseTo(0.95 / Math.sqrt(2 * 0.975 * 0.025), within(1e-12));
        // Student's t table, two-sided 95 %, three decimals: 2.228, 2.042, 1.980
        assertThat(computed.get(10L)).isCloseTo(2.228, within(5e-4));
        assertThat(computed.get(30L)).isCloseTo(2.042, within(5e-4));
        assertThat(computed.get(120L)).isCloseTo(1.980, within(5e-4));
    }

    @Test
    void noDegreeOfFreedomHasNoQuantile() throws Exception {
        try (Connection connection = PostgresTestServer.owner();
                ResultSet rs = connection
                        .createStatement()
                        .executeQuery("SELECT " + schema + ".t_quantile_975(0), " + schema + ".t_quantile_975(NULL)")) {
            rs.next();
            assertThat(rs.getObject(1)).isNull();
            assertThat(rs.getObject(2)).isNull();
        }
    }

    private static Map<Long, Double> quantiles(Long[] degrees) throws Exception {
        Map<Long, Double> computed = new TreeMap<>();
        try (Connection connection = PostgresTestServer.owner();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT df, " + schema + ".t_quantile_975(df) FROM unnest(?::bigint[]) AS df")) {
            Array array = connection.createArrayOf("bigint", degrees);
            statement.setArray(1, array);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    computed.put(rs.getLong(1), rs.getDouble(2));
                }
            }
        }
        return computed;
    }
}
