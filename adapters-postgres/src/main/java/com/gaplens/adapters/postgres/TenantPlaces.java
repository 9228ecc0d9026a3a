package com.gaplens.adapters.postgres;

import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenants' schemas and reader roles, created and brought to the current definition under one transaction-scoped
 * advisory lock (DDL of several instances never interleaves), and remembered in {@code gaplens_admin.tenant_schemas}.
 * The admin schema itself is created the same way, once per process.
 */
final class TenantPlaces {

    /** Bumped whenever tenant-schema.sql changes: older schemas are brought up to date on their next publication. */
    static final int DEFINITION_VERSION = 1;

    /** The advisory lock every DDL of the publication holds (an arbitrary constant: "GLBI"). */
    private static final long DDL_LOCK = 0x474C4249L;

    /** A tenant's schema and reader role, and whether its labels were ever published whole. */
    record Place(String schema, String reader, boolean labelsComplete) {
        /** The schema of its month cells, beside it. */
        String cells() {
            return schema + "_cells";
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String database;
    private final Map<TenantId, Place> known = new ConcurrentHashMap<>();
    private volatile boolean adminReady;

    TenantPlaces(JdbcTemplate jdbc, TransactionTemplate transactions, String database) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.database = database;
    }

    /** Creates what the publication keeps for itself, and takes away what PUBLIC gets by default; idempotent. */
    void ensureAdmin() {
        if (adminReady) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.execute("SELECT pg_advisory_xact_lock(" + DDL_LOCK + ")");
            jdbc.execute(SqlScripts.load("admin-schema.sql", Map.of("database", database)));
        });
        adminReady = true;
    }

    /** The tenant's place, created or brought up to date first when needed. */
    Place prepare(TenantId tenant) {
        Place cached = known.get(tenant);
        if (cached != null) {
            return cached;
        }
        ensureAdmin();
        Place place = transactions.execute(status -> {
            jdbc.execute("SELECT pg_advisory_xact_lock(" + DDL_LOCK + ")");
            List<Object[]> stored = jdbc.query(
                    "SELECT schema_name, reader_role, definition_version, labels_complete"
                            + " FROM gaplens_admin.tenant_schemas WHERE tenant_id = ?",
                    (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4)},
                    tenant.value());
            if (!stored.isEmpty() && (int) stored.getFirst()[2] >= DEFINITION_VERSION) {
                Object[] row = stored.getFirst();
                return new Place((String) row[0], (String) row[1], (boolean) row[3]);
            }
            String schema = SqlNames.schemaOf(tenant);
            String reader = SqlNames.readerOf(database, tenant);
            Integer roles =
                    jdbc.queryForObject("SELECT count(*) FROM pg_roles WHERE rolname = ?", Integer.class, reader);
            if (roles == 0) {
                jdbc.execute("CREATE ROLE " + SqlNames.quote(reader) + " NOLOGIN");
            }
            jdbc.execute(SqlScripts.load(
                    "tenant-schema.sql",
                    Map.of(
                            "schema",
                            schema,
                            "cells",
                            SqlNames.cellsOf(tenant),
                            "reader",
                            reader,
                            "database",
                            database)));
            boolean labelsComplete = !stored.isEmpty() && (boolean) stored.getFirst()[3];
            jdbc.update(
                    "INSERT INTO gaplens_admin.tenant_schemas (tenant_id, schema_name, reader_role, definition_version)"
                            + " VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id) DO UPDATE"
                            + " SET definition_version = EXCLUDED.definition_version",
                    tenant.value(),
                    schema,
                    reader,
                    DEFINITION_VERSION);
            return new Place(schema, reader, labelsComplete);
        });
        if (place.labelsComplete()) {
            known.put(tenant, place);
        }
        return place;
    }

    /** Remembers that the tenant's labels were published whole. */
    void markLabelsComplete(TenantId tenant) {
        jdbc.update(
                "UPDATE gaplens_admin.tenant_schemas SET labels_complete = true WHERE tenant_id = ?", tenant.value());
        known.remove(tenant);
    }

    /** The tenant's place if it has one, without creating anything. */
    Optional<Place> find(TenantId tenant) {
        ensureAdmin();
        return jdbc
                .query(
                        "SELECT schema_name, reader_role, labels_complete FROM gaplens_admin.tenant_schemas"
                                + " WHERE tenant_id = ?",
                        (rs, i) -> new Place(rs.getString(1), rs.getString(2), rs.getBoolean(3)),
                        tenant.value())
                .stream()
                .findFirst();
    }
}
