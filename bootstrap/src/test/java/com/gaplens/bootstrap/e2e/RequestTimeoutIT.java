package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A request timeout of 100 ms and a brand listing that takes 2 s (a slow database, simulated in the use case): the
 * caller is answered {@code TIMEOUT} / {@code TIMEOUT} instead of waiting, with the limit in milliseconds. The
 * slowness is made certain rather than hoped for: a real query may beat a tiny timeout on an idle machine, and a
 * loaded machine may fire the timer late.
 */
@TestPropertySource(properties = "gaplens.graphql.timeout=100ms")
class RequestTimeoutIT extends EndToEndTest {

    @org.springframework.boot.test.context.TestConfiguration
    static class SlowBrandListing {
        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        com.gaplens.application.port.in.ListBrandsUseCase slowBrands(
                com.gaplens.application.service.BrandService brands) {
            return query -> {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return brands.listBrands(query);
            };
        }
    }

    @Test
    void aRequestNotAnsweredWithinTheTimeoutIsAnsweredWithATimeout() {
        as(new TenantId("timeout-" + System.nanoTime()), Role.READER)
                .document("{ brands(first: 5) { edges { node { name } } } }")
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.getFirst().getExtensions())
                            .containsEntry("code", "TIMEOUT")
                            .containsEntry("reason", "TIMEOUT")
                            .containsEntry("limit", 100);
                });
    }
}
