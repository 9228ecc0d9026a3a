package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.bootstrap.e2e.RawGraphQl.Answer;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Failed authentications, over HTTP: an unknown key id, a revoked key and a wrong secret get the very same answer
 * (no oracle of which key ids exist), and a source that failed too often is refused 429 {@code RATE_LIMITED} before
 * anything is checked, even with a valid key, while a key id that failed too often is refused from every source.
 * Limits are set low here (3 per source, 2 per key, per hour) so that the test reaches them in a few calls.
 */
@TestPropertySource(
        properties = {
            "gaplens.security.failed-authentications.per-source=3",
            "gaplens.security.failed-authentications.per-key=2",
            "gaplens.security.failed-authentications.window=1h"
        })
class AuthenticationAbuseIT extends EndToEndTest {

    private static final String QUERY = "{ experienceModel { families } }";

    @Test
    void anUnknownIdARevokedKeyAndAWrongSecretGetTheSameAnswerThenTheSourceIsThrottled() {
        TenantId tenant = new TenantId("abuse-" + System.nanoTime());
        String admin = token(tenant, Role.ADMIN);
        RawGraphQl client = new RawGraphQl(baseUrl());
        Answer issued = client.post(
                admin, "mutation { issueApiKey(input: {label: \"r\", roles: [READER]}) { id token } }", null);
        String revoked = issued.data().path("issueApiKey").path("token").asString();
        Answer revocation = client.post(
                admin,
                "mutation($id: ID!) { revokeApiKey(input: {apiKeyId: $id}) { revokedAt } }",
                Map.of("id", issued.data().path("issueApiKey").path("id").asString()));
        assertThat(revocation.hasErrors()).as(revocation.body()).isFalse();
        String unknown = "gl_" + "z".repeat(24) + "." + "s".repeat(43);
        String wrongSecret = admin.substring(0, admin.indexOf('.') + 1) + "w".repeat(43);

        List<Answer> refusals = List.of(
                client.post(unknown, QUERY, null),
                client.post(revoked, QUERY, null),
                client.post(wrongSecret, QUERY, null));

        System.out.println(
                "DEBUG revoked=" + revoked + " issued=" + issued.body() + " revocation=" + revocation.body());
        refusals.forEach(r -> System.out.println("DEBUG " + r.status() + " " + r.body()));
        for (Answer refusal : refusals) {
            assertThat(refusal.status()).as(refusal.body()).isEqualTo(401);
            assertThat(refusal.body()).isEqualTo(refusals.getFirst().body());
            assertThat(refusal.code()).isEqualTo("UNAUTHENTICATED");
        }
        Answer throttled = client.post(admin, QUERY, null);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.code()).isEqualTo("RATE_LIMITED");
        assertThat(throttled.reason()).isEqualTo("TOO_MANY_FAILED_AUTHENTICATIONS");
        assertThat(throttled
                        .errors()
                        .get(0)
                        .path("extensions")
                        .path("retryAfterSeconds")
                        .asLong())
                .isPositive();
    }
}
