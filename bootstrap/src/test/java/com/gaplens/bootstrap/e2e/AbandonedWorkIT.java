package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.port.in.DefineBrandUseCase;
import com.gaplens.application.port.in.DefineBrandUseCase.DefineBrandCommand;
import com.gaplens.application.port.in.ListBrandsUseCase;
import com.gaplens.application.port.in.MaintainRollupsUseCase;
import com.gaplens.application.port.in.MaintainRollupsUseCase.RebuildReport;
import com.gaplens.application.service.BrandService;
import com.gaplens.application.service.RollupMaintenanceService;
import com.gaplens.bootstrap.e2e.RawGraphQl.Answer;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.test.context.TestPropertySource;

/**
 * Work a caller's timeout abandons stops, rather than running on after the caller was answered {@code TIMEOUT}: the
 * request's deadline travels with its work, no database operation starts after it, and the one in flight gets only
 * the time left. Shown on a query whose work would never end by itself (it lists brands again and again) and on the
 * rebuild the outside probe ran, over 1970–9999: each ends with a timeout before its end, and another tenant is
 * answered at once afterwards. Each test waits for the abandoned work's own end (with a generous bound): a work that
 * does not stop fails the test, whatever the machine's speed.
 */
@TestPropertySource(properties = "gaplens.graphql.timeout=1s")
class AbandonedWorkIT extends EndToEndTest {

    /** How each decorated use case ended: the failure that stopped it. */
    static final CompletableFuture<Throwable> LISTING_ENDED = new CompletableFuture<>();

    static final CompletableFuture<Throwable> REBUILD_ENDED = new CompletableFuture<>();
    static final AtomicLong REBUILD_DAYS = new AtomicLong();

    @TestConfiguration
    static class EndlessWork {

        /** Lists brands, with real database reads, until something stops it. */
        @Bean
        @Primary
        ListBrandsUseCase endlessBrands(BrandService brands) {
            return query -> {
                try {
                    while (true) {
                        brands.listBrands(query);
                    }
                } catch (RuntimeException stopped) {
                    LISTING_ENDED.complete(stopped);
                    throw stopped;
                }
            };
        }

        /** The real rebuild, watched: the days it got through, and how it ended. */
        @Bean
        @Primary
        MaintainRollupsUseCase watchedRollups(RollupMaintenanceService rollups) {
            return new MaintainRollupsUseCase() {
                @Override
                public RebuildReport rebuild(
                        RebuildRollupsCommand command, java.util.function.Consumer<RebuildReport> p) {
                    try {
                        RebuildReport report = rollups.rebuild(command, progress -> {
                            REBUILD_DAYS.set(progress.daysDone());
                            p.accept(progress);
                        });
                        REBUILD_ENDED.complete(null);
                        return report;
                    } catch (RuntimeException stopped) {
                        REBUILD_ENDED.complete(stopped);
                        throw stopped;
                    }
                }

                @Override
                public RepairReport repair() {
                    return rollups.repair();
                }

                @Override
                public long fold() {
                    return rollups.fold();
                }

                @Override
                public RollupBacklog backlog(TenantId tenant) {
                    return rollups.backlog(tenant);
                }
            };
        }
    }

    @Autowired
    private DefineBrandUseCase brands;

    @Test
    void aQueryAbandonedAtItsTimeoutStopsAtItsNextDatabaseOperation() throws Exception {
        TenantId tenant = new TenantId("abandoned-" + System.nanoTime());
        RawGraphQl client = new RawGraphQl(baseUrl());

        Answer answer = client.post(token(tenant, Role.READER), "{ brands(first: 5) { edges { cursor } } }", null);

        assertThat(answer.code()).as(answer.body()).isEqualTo("TIMEOUT");
        Throwable stopped = LISTING_ENDED.get(30, TimeUnit.SECONDS);
        assertThat(stopped).isInstanceOf(QueryTimeoutException.class);
    }

    /**
     * A rebuild's cost follows the data, not the period named: over 8,030 years of a brand without data it visits no
     * month, and answers at once with every day of the period done; another tenant is answered afterwards.
     */
    @Test
    void aRebuildOverEightThousandYearsOfABrandWithoutDataAnswersAtOnceAndAnotherTenantIsAnsweredAfterwards()
            throws Exception {
        TenantId tenant = new TenantId("rebuild-" + System.nanoTime());
        String brandId = com.gaplens.adapters.graphql.support.GlobalId.encode(
                "Brand",
                brands.defineBrand(
                                new DefineBrandCommand(tenant, new Name("Longue Durée"), Optional.empty(), List.of()))
                        .id()
                        .value());
        RawGraphQl client = new RawGraphQl(baseUrl());

        Answer answer = client.post(
                token(tenant, Role.ADMIN),
                "mutation($b: ID!) { rebuildRollups(input: {brandId: $b, period: {from: \"1970-01-01\","
                        + " to: \"9999-12-31\"}}) { daysTotal daysDone measurementsRead cellsChecked } }",
                Map.of("b", brandId));

        assertThat(answer.hasErrors()).as(answer.body()).isFalse();
        assertThat(answer.data().at("/rebuildRollups/daysTotal").asLong()).isEqualTo(2_932_897L);
        assertThat(answer.data().at("/rebuildRollups/daysDone").asLong()).isEqualTo(2_932_897L);
        assertThat(answer.data().at("/rebuildRollups/measurementsRead").asLong())
                .isZero();
        assertThat(REBUILD_ENDED.get(10, TimeUnit.SECONDS)).isNull();
        Answer other =
                client.post(token(new TenantId("other-" + System.nanoTime()), Role.READER), "{ tenant { id } }", null);
        assertThat(other.hasErrors()).as(other.body()).isFalse();
    }
}
