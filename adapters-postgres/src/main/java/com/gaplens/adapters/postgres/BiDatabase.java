package com.gaplens.adapters.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Where the BI publication writes: a PostgreSQL database, reached with an owner account allowed to create schemas
 * and roles, and the host and port BI users are told to connect to (the same by default).
 *
 * @param url        a JDBC URL, {@code jdbc:postgresql://host:5432/database}
 * @param user       the owner account
 * @param password   its password
 * @param publicHost the host BI users connect to, when not the one in {@code url}
 * @param publicPort the port BI users connect to, when not the one in {@code url}
 */
public record BiDatabase(
        String url, String user, String password, Optional<String> publicHost, Optional<Integer> publicPort) {

    public BiDatabase {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "GAPLENS_BI_POSTGRES_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/database)");
        }
        if (Driver.parseURL(url, new Properties()) == null) {
            throw new IllegalArgumentException("GAPLENS_BI_POSTGRES_URL is not a JDBC URL pgjdbc can read");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("GAPLENS_BI_POSTGRES_USER is required with GAPLENS_BI_POSTGRES_URL");
        }
        if (password == null) {
            throw new IllegalArgumentException("GAPLENS_BI_POSTGRES_PASSWORD is required with GAPLENS_BI_POSTGRES_URL");
        }
    }

    /** The database's name. */
    public String database() {
        return parsed().getProperty("PGDBNAME");
    }

    /** The host BI users connect to. */
    public String host() {
        return publicHost.orElseGet(() -> parsed().getProperty("PGHOST").split(",")[0]);
    }

    /** The port BI users connect to. */
    public int port() {
        return publicPort.orElseGet(
                () -> Integer.parseInt(parsed().getProperty("PGPORT").split(",")[0]));
    }

    /** A small pool of owner connections that starts without the database and waits at most 5 s for one. */
    public HikariDataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("gaplens-bi");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        config.setValidationTimeout(Duration.ofSeconds(3).toMillis());
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("ApplicationName", "gaplens-bi-publication");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("socketTimeout", "120");
        return new HikariDataSource(config);
    }

    private Properties parsed() {
        return Driver.parseURL(url, new Properties());
    }

    @Override
    public String toString() {
        return "BiDatabase[" + url + " as " + user + "]";
    }
}
