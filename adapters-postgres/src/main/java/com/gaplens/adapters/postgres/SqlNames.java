package com.gaplens.adapters.postgres;

import com.gaplens.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import org.postgresql.core.Utils;

/**
 * The names the publication gives in PostgreSQL, and the one way they reach SQL: quoted by pgjdbc
 * ({@link #quote}). No name is made of tenant text: schemas and reader roles are digests of the tenant id, logins
 * random letters. Tenant ids, labels and
 * every other value travel as bind parameters.
 */
public final class SqlNames {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private SqlNames() {}

    /** {@code identifier} as a quoted SQL identifier, whatever it holds. */
    public static String quote(String identifier) {
        try {
            return Utils.escapeIdentifier(null, identifier).toString();
        } catch (SQLException e) {
            throw new IllegalArgumentException("not an identifier PostgreSQL can hold: a NUL character", e);
        }
    }

    /** {@code value} as a quoted SQL literal (for the few statements that take no bind parameter: DDL). */
    public static String literal(String value) {
        try {
            return Utils.escapeLiteral(new StringBuilder("'"), value, true)
                    .append('\'')
                    .toString();
        } catch (SQLException e) {
            throw new IllegalArgumentException("not a literal PostgreSQL can hold: a NUL character", e);
        }
    }

    /**
     * The schema of a tenant: {@code gaplens_<20 hex of the SHA-256 of its id>}. Opaque on purpose: every login can
     * list the schemas of the database (PostgreSQL's catalogue is readable by all), so no name may tell whose it is.
     */
    public static String schemaOf(TenantId tenant) {
        return "gaplens_" + digest(tenant.value()).substring(0, 20);
    }

    /** The schema beside it that only the owner reads: the month cells its view shows. */
    public static String cellsOf(TenantId tenant) {
        return schemaOf(tenant) + "_cells";
    }

    /** The role every login of the tenant belongs to, in this database (roles are the whole cluster's). */
    public static String readerOf(String database, TenantId tenant) {
        return "gaplens_reader_" + digest(database + "\u0000" + tenant.value()).substring(0, 20);
    }

    /** A new login's name. */
    public static String newLogin() {
        return "gaplens_bi_" + random(LOWER, 16);
    }

    /** A new access's id. */
    public static String newAccessId() {
        return "bia_" + random(LOWER, 20);
    }

    /** A new password: 32 letters and digits (190 bits). */
    public static String newPassword() {
        return random(ALPHANUMERIC, 32);
    }

    private static String random(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
