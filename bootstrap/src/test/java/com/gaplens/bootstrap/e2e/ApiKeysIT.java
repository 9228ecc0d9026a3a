package com.gaplens.bootstrap.e2e;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;

/** Administrators issue, list and revoke the keys of their own tenant only; a revoked key is refused at its next call. */
class ApiKeysIT extends EndToEndTest {

    private final TenantId acme = new TenantId("keys-acme-" + System.nanoTime());
    private final TenantId globex = new TenantId("keys-globex-" + System.nanoTime());

    @Test
    void anIssuedKeyWorksUntilItIsRevoked() {
        HttpGraphQlTester admin = as(acme, Role.ADMIN);
        var issued = admin.documentName("issueApiKey")
                .variable("input", Map.of("label", "dashboard", "roles", List.of("READER")))
                .execute();
        String id = issued.path("issueApiKey.id").entity(String.class).get();
        String token = issued.path("issueApiKey.token").entity(String.class).get();
        issued.path("issueApiKey.roles").entityList(String.class).containsExactly("READER");

        readBrandsWith(token, 200);
        admin.documentName("apiKeys")
                .execute()
                .path("apiKeys[*].label")
                .entityList(String.class)
                .contains("dashboard");

        admin.documentName("revokeApiKey")
                .variable("input", Map.of("apiKeyId", id))
                .execute()
                .path("revokeApiKey.revokedAt")
                .hasValue();
        readBrandsWith(token, 401);
    }

    @Test
    void aRevokedAdminKeyCannotIssueAKeyAtItsVeryNextCall() {
        HttpGraphQlTester admin = as(acme, Role.ADMIN);
        var issued = admin.documentName("issueApiKey")
                .variable("input", Map.of("label", "second admin", "roles", List.of("ADMIN")))
                .execute();
        String id = issued.path("issueApiKey.id").entity(String.class).get();
        String token = issued.path("issueApiKey.token").entity(String.class).get();
        readBrandsWith(token, 200); // used once: a cache of verified keys would now hold it

        admin.documentName("revokeApiKey")
                .variable("input", Map.of("apiKeyId", id))
                .execute()
                .path("revokeApiKey.revokedAt")
                .hasValue();

        http().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + token)
                .bodyValue(Map.of(
                        "query", "mutation { issueApiKey(input: {label: \"minted\", roles: [ADMIN]}) { token } }"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        admin.documentName("apiKeys")
                .execute()
                .path("apiKeys[*].label")
                .entityList(String.class)
                .doesNotContain("minted");
    }

    @Test
    void anotherTenantCannotRevokeOrListTheKey() {
        String id = as(acme, Role.ADMIN)
                .documentName("issueApiKey")
                .variable("input", Map.of("label", "ingestion", "roles", List.of("WRITER")))
                .execute()
                .path("issueApiKey.id")
                .entity(String.class)
                .get();
        HttpGraphQlTester intruder = as(globex, Role.ADMIN);

        assertError(
                intruder.documentName("revokeApiKey")
                        .variable("input", Map.of("apiKeyId", id))
                        .execute(),
                "NOT_FOUND",
                "API_KEY_NOT_FOUND",
                "input.apiKeyId");
        intruder.documentName("apiKeys")
                .execute()
                .path("apiKeys[*].label")
                .entityList(String.class)
                .doesNotContain("ingestion");
        assertError(as(acme, Role.READER).documentName("apiKeys").execute(), "FORBIDDEN", null, null);
    }

    private void readBrandsWith(String token, int status) {
        http().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + token)
                .bodyValue(Map.of("query", "{ brands(first: 1) { edges { node { id } } } }"))
                .exchange()
                .expectStatus()
                .isEqualTo(status);
    }
}
