package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Every call is authenticated, on a real MongoDB; keys of every role may read the experience model. */
class AuthenticationIT extends EndToEndTest {

    private static final TenantId ACME = new TenantId("acme");

    @Test
    void aKeyOfAnyRoleReadsTheExperienceModel() {
        for (Role role : Role.values()) {
            as(ACME, role)
                    .documentName("experienceModel")
                    .execute()
                    .path("experienceModel.variables")
                    .entityList(Map.class)
                    .hasSize(12);
        }
    }

    @Test
    void aCallWithoutCredentialsIsRefusedBeforeAnythingRuns() {
        http().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ experienceModel { families } }"))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.errors[0].extensions.code")
                .isEqualTo("UNAUTHENTICATED")
                .jsonPath("$.errors[0].extensions.reason")
                .isEqualTo("CREDENTIALS_REQUIRED");
    }

    @Test
    void aMalformedBearerTokenIsRefused() {
        http().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer not-a-gaplens-key")
                .bodyValue(Map.of("query", "{ experienceModel { families } }"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void aDocumentThatDoesNotFitTheSchemaGetsAValidationCode() {
        as(ACME, Role.READER)
                .document("{ experienceModel { noSuchField } }")
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.getFirst().getExtensions()).containsEntry("code", "VALIDATION");
                });
        as(ACME, Role.READER)
                .document("{ experienceModel { ")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.getFirst().getExtensions()).containsEntry("code", "VALIDATION"));
    }
}
