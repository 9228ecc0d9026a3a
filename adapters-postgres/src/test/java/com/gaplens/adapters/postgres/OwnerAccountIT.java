package com.gaplens.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.adapters.postgres.support.PostgresTestServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Start-up checks the owner account: a wrong one stops GapLens with a message saying what is missing, while a
 * database that cannot be reached at all does not (the publication waits for it).
 */
class OwnerAccountIT {

    @Test
    void aWrongPasswordStopsStartUpNamingTheAccountAndTheRefusal() {
        BiDatabase good = PostgresTestServer.database();
        BiDatabase wrong =
                new BiDatabase(good.url(), good.user(), good.password() + "-wrong", Optional.empty(), Optional.empty());

        try (PostgresBiPublication publication = new PostgresBiPublication(wrong)) {
            assertThatThrownBy(publication::start)
                    .isInstanceOf(OwnerAccount.WrongOwnerAccountException.class)
                    .hasMessageContaining("GAPLENS_BI_POSTGRES_USER '" + good.user() + "'")
                    .hasMessageContaining("28P01");
        }
    }

    @Test
    void anAccountWithoutCreateRoleOrNotOwningTheDatabaseStopsStartUpSayingWhatItLacks() throws Exception {
        String plain = "gaplens_plain_" + UUID.randomUUID().toString().substring(0, 8);
        String creator = "gaplens_creator_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection owner = PostgresTestServer.owner();
                Statement statement = owner.createStatement()) {
            statement.execute("CREATE ROLE " + plain + " LOGIN PASSWORD 'plain-secret'");
            statement.execute("CREATE ROLE " + creator + " LOGIN CREATEROLE PASSWORD 'creator-secret'");
            statement.execute("GRANT CONNECT ON DATABASE "
                    + SqlNames.quote(PostgresTestServer.database().database()) + " TO " + plain + ", " + creator);
        }
        try {
            assertThatThrownBy(() -> start(plain, "plain-secret"))
                    .isInstanceOf(OwnerAccount.WrongOwnerAccountException.class)
                    .hasMessageContaining("lacks CREATEROLE");
            assertThatThrownBy(() -> start(creator, "creator-secret"))
                    .isInstanceOf(OwnerAccount.WrongOwnerAccountException.class)
                    .hasMessageContaining("does not own database "
                            + PostgresTestServer.database().database());
        } finally {
            try (Connection owner = PostgresTestServer.owner();
                    Statement statement = owner.createStatement()) {
                statement.execute("REVOKE CONNECT ON DATABASE "
                        + SqlNames.quote(PostgresTestServer.database().database()) + " FROM " + plain + ", " + creator);
                statement.execute("DROP ROLE " + plain + ", " + creator);
            }
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedDoesNotStopStartUp() {
        BiDatabase nowhere = new BiDatabase(
                "jdbc:postgresql://127.0.0.1:1/gaplens?connectTimeout=2", "x", "y", Optional.empty(), Optional.empty());

        try (PostgresBiPublication publication = new PostgresBiPublication(nowhere)) {
            publication.start();
            assertThatThrownBy(() -> publication.warehouse().prepare(new com.gaplens.domain.tenant.TenantId("t")))
                    .isInstanceOf(RuntimeException.class);
        }
        assertThat(nowhere.host()).isEqualTo("127.0.0.1");
    }

    private static void start(String user, String password) {
        BiDatabase database =
                new BiDatabase(PostgresTestServer.database().url(), user, password, Optional.empty(), Optional.empty());
        try (PostgresBiPublication publication = new PostgresBiPublication(database)) {
            publication.start();
        }
    }
}
