package com.gaplens.bootstrap.e2e;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/** A deployment on a real MongoDB gets its first ADMIN key from configuration, for the tenant it names. */
@TestPropertySource(
        properties = {
            "gaplens.first-run.admin-key=" + ConfiguredAdminKeyIT.KEY,
            "gaplens.first-run.tenant=configured-tenant"
        })
class ConfiguredAdminKeyIT extends EndToEndTest {

    static final String KEY = "gl_configuredkey00000000000.YS1kZXBsb3ltZW50LXNlY3JldC1mb3ItdGVzdHMtb25seQ";

    @Test
    void theConfiguredKeyActsAsAdministratorOfTheConfiguredTenant() {
        http().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + KEY)
                .bodyValue(Map.of("query", "mutation { defineBrand(input: {name: \"First\"}) { name } }"))
                .exchange()
                .expectStatus()
                .isOk();
        http().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + KEY)
                .bodyValue(Map.of("query", "{ tenant { id } brands(first: 5) { edges { node { name } } } }"))
                .exchange()
                .expectBody()
                .jsonPath("$.data.tenant.id")
                .isEqualTo("configured-tenant")
                .jsonPath("$.data.brands.edges[0].node.name")
                .isEqualTo("First");
    }
}
