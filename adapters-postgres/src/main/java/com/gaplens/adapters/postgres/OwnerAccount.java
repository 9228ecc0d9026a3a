package com.gaplens.adapters.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The owner account must be able to do what the publication does: create schemas and roles in its database, and
 * take away what PUBLIC gets there by default — so it must own the database (or be a superuser) and have
 * CREATEROLE. Checked at start-up: a wrong account stops GapLens with a message saying what is missing.
 */
public final class OwnerAccount {

    /** The account cannot do what the publication needs. */
    public static final class WrongOwnerAccountException extends IllegalStateException {
        WrongOwnerAccountException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private OwnerAccount() {}

    /**
     * Checks the account on a fresh connection; {@code false} (nothing checked) when the database cannot be reached
     * at all, which is no reason to stop: the publication waits for it.
     *
     * @throws WrongOwnerAccountException when the database answers but refuses the account or it lacks a right
     */
    public static boolean verify(DataSource dataSource, BiDatabase database) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet account = statement.executeQuery(
                        "SELECT r.rolsuper, r.rolcreaterole, d.datdba = r.oid, current_database(), current_user"
                                + " FROM pg_roles r JOIN pg_database d ON d.datname = current_database()"
                                + " WHERE r.rolname = current_user")) {
            account.next();
            boolean superuser = account.getBoolean(1);
            boolean createRole = account.getBoolean(2);
            boolean ownsDatabase = account.getBoolean(3);
            if (!superuser && !createRole) {
                throw wrong(database, "it lacks CREATEROLE (ALTER ROLE " + account.getString(5) + " CREATEROLE)", null);
            }
            if (!superuser && !ownsDatabase) {
                throw wrong(
                        database,
                        "it does not own database " + account.getString(4) + " (ALTER DATABASE " + account.getString(4)
                                + " OWNER TO " + account.getString(5) + ")",
                        null);
            }
            return true;
        } catch (SQLException e) {
            if (unreachable(e)) {
                return false;
            }
            throw wrong(
                    database, "PostgreSQL refused it: " + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    /** Whether {@code failure} says the database could not be reached (rather than that it refused something). */
    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static WrongOwnerAccountException wrong(BiDatabase database, String why, Throwable cause) {
        return new WrongOwnerAccountException(
                "GAPLENS_BI_POSTGRES_USER '" + database.user() + "' cannot run the BI publication in " + database.url()
                        + ": " + why + ". It must own the database (or be a superuser) and have CREATEROLE.",
                cause);
    }
}
