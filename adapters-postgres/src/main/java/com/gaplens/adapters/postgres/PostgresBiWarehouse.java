package com.gaplens.adapters.postgres;

import com.gaplens.application.bi.BiLabels;
import com.gaplens.application.bi.GapRow;
import com.gaplens.application.port.out.BiWarehouse;
import com.gaplens.domain.tenant.TenantId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link BiWarehouse} in PostgreSQL: a schema per tenant (see tenant-schema.sql), rows and labels upserted in
 * one transaction per batch, the higher version winning.
 */
public final class PostgresBiWarehouse implements BiWarehouse {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TenantPlaces places;

    PostgresBiWarehouse(JdbcTemplate jdbc, TransactionTemplate transactions, TenantPlaces places) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.places = places;
    }

    @Override
    public boolean prepare(TenantId tenant) {
        return places.prepare(tenant).labelsComplete();
    }

    @Override
    public void markLabelsComplete(TenantId tenant) {
        places.markLabelsComplete(tenant);
    }

    @Override
    public void upsertRows(TenantId tenant, List<GapRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String cells = SqlNames.quote(places.prepare(tenant).cells());
        transactions.executeWithoutResult(status ->
                jdbc.batchUpdate(MonthCellRows.upsert(cells), new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        MonthCellRows.bind(statement, rows.get(i));
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                }));
    }

    @Override
    public void upsertLabels(TenantId tenant, BiLabels labels) {
        if (labels.isEmpty()) {
            return;
        }
        String schema = SqlNames.quote(places.prepare(tenant).schema());
        transactions.executeWithoutResult(status -> LabelRows.upsert(jdbc, schema, labels));
    }
}
