package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.listing.Page;
import com.gaplens.application.port.in.QueryGapsUseCase;
import com.gaplens.application.port.out.ApiKeyRepository;
import com.gaplens.bootstrap.e2e.RawGraphQl.Answer;
import com.gaplens.domain.access.ApiKey;
import com.gaplens.domain.access.ApiKeyId;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.access.SecretHash;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.QueryTimeoutException;

/**
 * A MongoDB timeout wherever it strikes is a typed {@code TIMEOUT}, never {@code INTERNAL_ERROR} or a 500: in the
 * API-key lookup (503 before anything else runs), in a gap view, and in the CSV export, before its first row (504
 * with a JSON error) or in the middle of it (the rows sent so far, then a clean end of the HTTP response). The
 * timeouts are made certain by switching the store's answers, not hoped for from a slow database.
 */
class DatabaseTimeoutsIT extends EndToEndTest {

    /** Where the next database call times out: nowhere, in the key lookup, in gap reads, after some CSV rows. */
    enum Strike {
        NOWHERE,
        KEY_LOOKUP,
        GAP_READS,
        MID_EXPORT
    }

    static volatile Strike strike = Strike.NOWHERE;

    @TestConfiguration
    static class SlowWhereAsked {

        @Bean
        @Primary
        ApiKeyRepository timingOutKeys(com.gaplens.adapters.mongo.access.MongoApiKeyRepository keys) {
            return new ApiKeyRepository() {
                @Override
                public void save(ApiKey key) {
                    keys.save(key);
                }

                @Override
                public Optional<ApiKey> findById(ApiKeyId id) {
                    if (strike == Strike.KEY_LOOKUP) {
                        throw new QueryTimeoutException("simulated: the key lookup ran out of time");
                    }
                    return keys.findById(id);
                }

                @Override
                public void replaceSecretHash(ApiKeyId id, SecretHash expected, SecretHash replacement) {
                    keys.replaceSecretHash(id, expected, replacement);
                }

                @Override
                public List<ApiKey> findByTenant(TenantId tenant) {
                    return keys.findByTenant(tenant);
                }
            };
        }

        @Bean
        @Primary
        QueryGapsUseCase timingOutGaps(com.gaplens.application.service.GapQueryService real) {
            return new QueryGapsUseCase() {
                @Override
                public Page<GapCell> gaps(GapsQuery query) {
                    if (strike == Strike.GAP_READS) {
                        throw new QueryTimeoutException("simulated: the gap read ran out of time");
                    }
                    return real.gaps(query);
                }

                @Override
                public Stream<GapCell> allGaps(GapsQuery query) {
                    if (strike == Strike.GAP_READS) {
                        return Stream.generate(() -> {
                            throw new QueryTimeoutException("simulated: the first read ran out of time");
                        });
                    }
                    if (strike == Strike.MID_EXPORT) {
                        // the first group is read, then the read of the next runs out of time: the export has begun
                        java.util.Iterator<GapCell> rows = real.allGaps(query).iterator();
                        java.util.Iterator<GapCell> failing = new java.util.Iterator<>() {
                            private boolean first = true;

                            @Override
                            public boolean hasNext() {
                                return true;
                            }

                            @Override
                            public GapCell next() {
                                if (first && rows.hasNext()) {
                                    first = false;
                                    return rows.next();
                                }
                                throw new QueryTimeoutException("simulated: a later read ran out of time");
                            }
                        };
                        return java.util.stream.StreamSupport.stream(
                                java.util.Spliterators.spliteratorUnknownSize(failing, 0), false);
                    }
                    return real.allGaps(query);
                }
            };
        }
    }

    @AfterEach
    void noMoreStrikes() {
        strike = Strike.NOWHERE;
    }

    @Test
    void aTimeoutInTheKeyLookupIsATypedTimeout() {
        String token = token(new TenantId("timeouts-" + System.nanoTime()), Role.READER);
        strike = Strike.KEY_LOOKUP;

        Answer answer = new RawGraphQl(baseUrl()).post(token, "{ tenant { id } }", null);

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.code()).isEqualTo("TIMEOUT");
    }

    @Test
    void aTimeoutInAGapViewIsATypedTimeout() {
        String token = token(new TenantId("timeouts-" + System.nanoTime()), Role.READER);
        strike = Strike.GAP_READS;

        Answer answer = new RawGraphQl(baseUrl()).post(token, "{ gaps(first: 5) { edges { cursor } } }", null);

        assertThat(answer.code()).as(answer.body()).isEqualTo("TIMEOUT");
    }

    @Test
    void aTimeoutBeforeTheFirstCsvRowIsA504WithATypedJsonError() {
        String token = token(new TenantId("timeouts-" + System.nanoTime()), Role.READER);
        strike = Strike.GAP_READS;

        Answer answer = new RawGraphQl(baseUrl()).csv(token, Map.of());

        assertThat(answer.status()).isEqualTo(504);
        assertThat(answer.json().path("code").asString()).isEqualTo("TIMEOUT");
    }

    @Test
    void aTimeoutInTheMiddleOfTheCsvExportEndsTheResponseCleanlyAfterTheRowsSent() {
        TenantId tenant = new TenantId("timeouts-" + System.nanoTime());
        var admin = as(tenant, Role.ADMIN);
        String brandId = admin.documentName("defineBrand")
                .variable("input", Map.of("name", "Maison Lumen"))
                .execute()
                .path("defineBrand.id")
                .entity(String.class)
                .get();
        String touchpointId = admin.documentName("defineTouchpoint")
                .variable(
                        "input",
                        Map.of("brandId", brandId, "name", "Checkout", "phase", "PURCHASE", "channel", "STORE"))
                .execute()
                .path("defineTouchpoint.id")
                .entity(String.class)
                .get();
        as(tenant, Role.WRITER)
                .documentName("recordMeasurements")
                .variable(
                        "input",
                        List.of(Map.of(
                                "externalId", "m-1",
                                "brandId", brandId,
                                "touchpointId", touchpointId,
                                "variable", "ACCESS_EASY",
                                "method", "BAROMETER",
                                "scale", "CSAT_5",
                                "value", 4,
                                "observedAt", "2026-01-15T10:00:00Z")))
                .execute()
                .path("recordMeasurements.totals.accepted")
                .entity(Integer.class)
                .isEqualTo(1);
        strike = Strike.MID_EXPORT;

        Answer answer = new RawGraphQl(baseUrl()).csv(token(tenant, Role.READER), Map.of("groupBy", "VARIABLE"));

        assertThat(answer.status()).isEqualTo(200);
        List<String> lines = answer.body().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst()).startsWith("brand_id,");
        assertThat(lines.get(1)).contains("ACCESS_EASY");
    }
}
