package com.gaplens.adapters.postgres;

import com.gaplens.application.port.out.BiLogins;
import com.gaplens.application.port.out.BiWarehouse;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PostgreSQL side of the BI publication, built from its {@link BiDatabase}: one small pool of owner connections
 * behind the {@link BiWarehouse} and the {@link BiLogins}. {@link #start()} checks the owner account (a wrong one
 * stops start-up) and creates the publication's own objects when the database answers; when it does not, nothing
 * fails: every later use tries again.
 */
public final class PostgresBiPublication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresBiPublication.class);

    private final BiDatabase database;
    private final HikariDataSource dataSource;
    private final TenantPlaces places;
    private final PostgresBiWarehouse warehouse;
    private final PostgresBiLogins logins;

    public PostgresBiPublication(BiDatabase database) {
        this.database = database;
        this.dataSource = database.dataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.places = new TenantPlaces(jdbc, transactions, database.database());
        this.warehouse = new PostgresBiWarehouse(jdbc, transactions, places);
        this.logins = new PostgresBiLogins(jdbc, transactions, places, database);
    }

    /** Checks the owner account and creates the publication's own objects, when the database can be reached. */
    public void start() {
        if (!OwnerAccount.verify(dataSource, database)) {
            LOG.warn(
                    "The BI database {} cannot be reached at start-up; GapLens starts anyway, and publishes once it can",
                    database);
            return;
        }
        places.ensureAdmin();
        LOG.info("Publishing BI rows to {}", database);
    }

    public BiWarehouse warehouse() {
        return warehouse;
    }

    public BiLogins logins() {
        return logins;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
