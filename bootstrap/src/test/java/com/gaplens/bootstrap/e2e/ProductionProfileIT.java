package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

/** The prod profile: no GraphiQL, no introspection, no schema printout; the API itself unchanged. */
@ActiveProfiles("prod")
class ProductionProfileIT extends EndToEndTest {

    private static final TenantId ACME = new TenantId("prod-acme");

    @Test
    void introspectionIsRefusedWithATypedError() {
        as(ACME, Role.READER)
                .document("{ __schema { queryType { name } } }")
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).isNotEmpty();
                    assertThat(errors.getFirst().getExtensions())
                            .containsEntry("code", "VALIDATION")
                            .containsEntry("reason", "INTROSPECTION_DISABLED");
                });
        as(ACME, Role.READER)
                .document("{ __type(name: \"Brand\") { fields { name } } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).isNotEmpty());
    }

    @Test
    void graphiqlAndTheSchemaPrintoutAreNotServed() {
        http().get().uri("/graphiql").exchange().expectStatus().isNotFound();
        http().get()
                .uri("/graphiql/assets/graphiql/2.4.7/graphiql.min.js")
                .exchange()
                .expectStatus()
                .isNotFound();
        http().get()
                .uri("/graphql/schema")
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).isIn(401, 404));
    }

    @Test
    void theApiItselfIsServed() {
        as(ACME, Role.READER)
                .document("{ experienceModel { families } }")
                .execute()
                .path("experienceModel.families")
                .entityList(String.class)
                .hasSize(4);
    }
}
