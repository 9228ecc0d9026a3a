package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A request timeout of 1 ms, which no request touching the database can meet: the caller is answered
 * {@code TIMEOUT} / {@code TIMEOUT} instead of waiting, with the limit in milliseconds.
 */
@TestPropertySource(properties = "gaplens.graphql.timeout=1ms")
class RequestTimeoutIT extends EndToEndTest {

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
                            .containsEntry("limit", 1);
                });
    }
}
