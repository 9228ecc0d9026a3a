package com.gaplens.adapters.postgres;

import com.gaplens.application.bi.BiAccess;
import com.gaplens.application.bi.BiCredentials;
import com.gaplens.application.port.out.BiLogins;
import com.gaplens.domain.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.postgresql.util.PasswordUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link BiLogins} as PostgreSQL roles. A login is a role of its own, member of its tenant's reader role (which
 * alone holds grants: CONNECT, the schema's USAGE, SELECT on its view and label tables), with its search path set
 * to that schema and every transaction read-only. Its password is sent hashed (SCRAM-SHA-256, computed here), so
 * that no server log ever holds it; the owner account is made a member of it so that it may end its sessions.
 */
public final class PostgresBiLogins implements BiLogins {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TenantPlaces places;
    private final BiDatabase database;

    PostgresBiLogins(JdbcTemplate jdbc, TransactionTemplate transactions, TenantPlaces places, BiDatabase database) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.places = places;
        this.database = database;
    }

    @Override
    public BiCredentials grant(TenantId tenant, String label, Instant at) {
        TenantPlaces.Place place = places.prepare(tenant);
        String login = SqlNames.newLogin();
        String accessId = SqlNames.newAccessId();
        String password = SqlNames.newPassword();
        String role = SqlNames.quote(login);
        transactions.executeWithoutResult(status -> {
            jdbc.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT"
                    + " CONNECTION LIMIT 20 PASSWORD "
                    + SqlNames.literal(PasswordUtil.encodeScramSha256(password.toCharArray())));
            jdbc.execute("GRANT " + SqlNames.quote(place.reader()) + " TO " + role);
            jdbc.execute("GRANT " + role + " TO CURRENT_USER");
            jdbc.execute("ALTER ROLE " + role + " SET search_path = " + SqlNames.quote(place.schema()));
            jdbc.execute("ALTER ROLE " + role + " SET default_transaction_read_only = on");
            jdbc.update(
                    "INSERT INTO gaplens_admin.bi_accesses (access_id, tenant_id, label, role_name, created_at)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    accessId,
                    tenant.value(),
                    label,
                    login,
                    Timestamp.from(at));
        });
        BiAccess access = new BiAccess(accessId, label, login, place.schema(), at);
        return new BiCredentials(access, database.host(), database.port(), database.database(), password);
    }

    @Override
    public List<BiAccess> list(TenantId tenant) {
        Optional<TenantPlaces.Place> place = places.find(tenant);
        if (place.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT access_id, label, role_name, created_at FROM gaplens_admin.bi_accesses"
                        + " WHERE tenant_id = ? ORDER BY created_at, access_id",
                (rs, i) -> new BiAccess(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        place.get().schema(),
                        rs.getTimestamp(4).toInstant()),
                tenant.value());
    }

    @Override
    public Optional<BiAccess> revoke(TenantId tenant, String accessId) {
        Optional<TenantPlaces.Place> place = places.find(tenant);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        return transactions.execute(status -> {
            List<BiAccess> found = jdbc.query(
                    "SELECT access_id, label, role_name, created_at FROM gaplens_admin.bi_accesses"
                            + " WHERE tenant_id = ? AND access_id = ? FOR UPDATE",
                    (rs, i) -> new BiAccess(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            place.get().schema(),
                            rs.getTimestamp(4).toInstant()),
                    tenant.value(),
                    accessId);
            if (found.isEmpty()) {
                return Optional.<BiAccess>empty();
            }
            BiAccess access = found.getFirst();
            String role = SqlNames.quote(access.user());
            Integer exists = jdbc.queryForObject(
                    "SELECT count(*) FROM pg_roles WHERE rolname = ?", Integer.class, access.user());
            if (exists > 0) {
                jdbc.execute("ALTER ROLE " + role + " NOLOGIN");
                jdbc.query(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?",
                        rs -> {},
                        access.user());
                jdbc.execute("DROP ROLE " + role);
            }
            jdbc.update("DELETE FROM gaplens_admin.bi_accesses WHERE access_id = ?", accessId);
            return Optional.of(access);
        });
    }
}
