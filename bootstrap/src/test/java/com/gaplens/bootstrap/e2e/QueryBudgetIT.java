package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.port.in.DefineTenantUseCase;
import com.gaplens.application.port.in.DefineTenantUseCase.DefineTenantCommand;
import com.gaplens.application.port.in.GetTenantUseCase;
import com.gaplens.application.port.in.GetTenantUseCase.GetTenantQuery;
import com.gaplens.application.port.in.IssueApiKeyUseCase;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssueApiKeyCommand;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Small limits, set through the configuration: a budget of 100 points refilled at 0.01 point a second
 * (nothing comes back during a test), operations of at most 32 points and 4 levels. The budget is one
 * per tenant, in MongoDB: every key of the tenant draws from it, other tenants do not; and a mutation
 * over a limit writes nothing.
 */
@TestPropertySource(
        properties = {
            "gaplens.graphql.budget.capacity=100",
            "gaplens.graphql.budget.refill-per-second=0.01",
            "gaplens.graphql.max-cost=32",
            "gaplens.graphql.max-depth=4"
        })
class QueryBudgetIT extends EndToEndTest {

    /** brands 2 + 9 × node 1 = 11 points. */
    private static final String ELEVEN_POINTS = "{ brands(first: 9) { edges { node { id } } } }";

    @Autowired
    private IssueApiKeyUseCase apiKeys;

    @Autowired
    private DefineTenantUseCase tenants;

    @Autowired
    private GetTenantUseCase tenantLookup;

    private String key(TenantId tenant, Role role) {
        if (tenantLookup.getTenant(new GetTenantQuery(tenant)).isEmpty()) {
            tenants.defineTenant(new DefineTenantCommand(tenant, new Name("Tenant " + tenant.value())));
        }
        return apiKeys.issue(new IssueApiKeyCommand(tenant, "budget", Set.of(role)))
                .token();
    }

    private static TenantId freshTenant(String name) {
        return new TenantId(name + "-" + System.nanoTime());
    }

    private EntityExchangeResult<Map> exchange(String token, String document) {
        return http().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + token)
                .bodyValue(Map.of("query", document))
                .exchange()
                .expectBody(Map.class)
                .returnResult();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(String token, String document) {
        return exchange(token, document).getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cost(Map<String, Object> answer) {
        return (Map<String, Object>) ((Map<String, Object>) answer.get("extensions")).get("cost");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyErrorExtensions(Map<String, Object> answer) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.get("errors");
        assertThat(errors).as("errors of %s", answer).hasSize(1);
        return (Map<String, Object>) errors.getFirst().get("extensions");
    }

    private static long remaining(Map<String, Object> answer) {
        assertThat(answer).as("answer").doesNotContainKey("errors");
        return ((Number) cost(answer).get("budgetRemaining")).longValue();
    }

    @Test
    void allKeysOfATenantDrawFromOneBudgetAndAnExhaustedBudgetRefusesWithARetryHint() {
        TenantId acme = freshTenant("budget-acme");
        String first = key(acme, Role.READER);
        String second = key(acme, Role.ADMIN);

        // 100 - 11 × 9 = 1, alternating keys
        long left = 100;
        for (int i = 0; i < 9; i++) {
            left -= 11;
            assertThat(remaining(call(i % 2 == 0 ? first : second, ELEVEN_POINTS)))
                    .isEqualTo(left);
        }
        assertThat(left).isEqualTo(1);

        EntityExchangeResult<Map> refusal = exchange(second, ELEVEN_POINTS);
        @SuppressWarnings("unchecked")
        Map<String, Object> refused = refusal.getResponseBody();
        Map<String, Object> extensions = onlyErrorExtensions(refused);
        assertThat(extensions)
                .containsEntry("code", "RATE_LIMITED")
                .containsEntry("reason", "BUDGET_EXHAUSTED")
                .containsEntry("limit", 100)
                .containsEntry("actual", 11)
                .containsEntry("budgetRemaining", 1);
        // 10 points missing at 0.01 a second: 1,000 s, a little less for what refilled since
        long retryAfter = ((Number) extensions.get("retryAfterSeconds")).longValue();
        assertThat(retryAfter).isBetween(990L, 1000L);
        assertThat(refusal.getResponseHeaders().getFirst("Retry-After")).isEqualTo(String.valueOf(retryAfter));
        assertThat(refused.get("data")).isNull();
        assertThat(call(first, ELEVEN_POINTS)).containsKey("errors");

        // another tenant's budget is untouched
        assertThat(remaining(call(key(freshTenant("budget-globex"), Role.READER), ELEVEN_POINTS)))
                .isEqualTo(89);
    }

    @Test
    void aRequestTheBudgetCannotPayWritesNothing() {
        TenantId acme = freshTenant("budget-write");
        String admin = key(acme, Role.ADMIN);
        // three 32-point mutations: 100 - 96 = 4 left
        String threeBrands = "mutation { a: defineBrand(input: {name: \"A%1$s\"}) { values { name } }"
                + " b: defineBrand(input: {name: \"B%1$s\"}) { values { name } } c: defineBrand(input: {name: \"C%1$s\"}) { id } }";
        for (int i = 1; i <= 3; i++) {
            assertThat(remaining(call(admin, threeBrands.formatted(i)))).isEqualTo(100 - 32L * i);
        }

        Map<String, Object> refused = call(admin, "mutation { defineBrand(input: {name: \"Late\"}) { id } }");

        assertThat(onlyErrorExtensions(refused))
                .containsEntry("code", "RATE_LIMITED")
                .containsEntry("actual", 10)
                .containsEntry("budgetRemaining", 4);
        // brands 2 + 1 × node 1 = 3 of the 4 points left: the last brand by name is C3, not "Late"
        Map<String, Object> last =
                call(admin, "{ brands(first: 1, orderBy: NAME_DESCENDING) { edges { node { name } } } }");
        assertThat(remaining(last)).isEqualTo(1);
        assertThat(names(last, "brands")).containsExactly("C3");
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> answer, String connection) {
        Map<String, Object> data = (Map<String, Object>) answer.get("data");
        List<Map<String, Object>> edges =
                (List<Map<String, Object>>) ((Map<String, Object>) data.get(connection)).get("edges");
        return edges.stream()
                .map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("name"))
                .toList();
    }

    /**
     * a: defineBrand 10 + values 1, b: the same, c: defineBrand 10 with scalars only: 32, the limit.
     * With values under c too: 33.
     */
    @Test
    void aMutationCostingOneMoreThanTheLimitIsRefusedAndWritesNothing() {
        TenantId acme = freshTenant("budget-cost");
        String admin = key(acme, Role.ADMIN);
        String over = "mutation { a: defineBrand(input: {name: \"A\"}) { values { name } }"
                + " b: defineBrand(input: {name: \"B\"}) { values { name } } c: defineBrand(input: {name: \"C\"}) { values { name } } }";

        Map<String, Object> refused = call(admin, over);

        assertThat(onlyErrorExtensions(refused))
                .containsEntry("code", "QUERY_TOO_COMPLEX")
                .containsEntry("reason", "COST_EXCEEDED")
                .containsEntry("limit", 32)
                .containsEntry("actual", 33);
        // the refusal took nothing from the budget: brands 2 + 20 × node 1 = 22 of 100
        Map<String, Object> brands = call(admin, "{ brands { edges { node { name } } } }");
        assertThat(remaining(brands)).isEqualTo(78);
        assertThat(names(brands, "brands")).isEmpty();

        Map<String, Object> atLimit = call(
                admin,
                over.replace(
                        "c: defineBrand(input: {name: \"C\"}) { values { name } }",
                        "c: defineBrand(input: {name: \"C\"}) { id }"));
        assertThat(atLimit).doesNotContainKey("errors");
        assertThat(cost(atLimit)).containsEntry("requested", 32);
    }

    @Test
    void aMutationNestedOneLevelTooDeepIsRefusedAndWritesNothing() {
        TenantId acme = freshTenant("budget-depth");
        String admin = key(acme, Role.ADMIN);
        Map<String, Object> brand = call(
                admin,
                "mutation { defineBrand(input: {name: \"Deep\", values: [{name: \"Simplicity\"}]}) { id values { id } } }");
        assertThat(brand).doesNotContainKey("errors");
        @SuppressWarnings("unchecked")
        Map<String, Object> defined =
                (Map<String, Object>) ((Map<String, Object>) brand.get("data")).get("defineBrand");
        @SuppressWarnings("unchecked")
        String valueId = (String)
                ((List<Map<String, Object>>) defined.get("values")).getFirst().get("id");
        String draft = "mutation { draftTargetExperience(input: {brandId: \"" + defined.get("id")
                + "\", commitments: [{brandValue: \"" + valueId
                + "\", variable: USE_EASY, targetLevel: 80, wording: \"Easy\"}]}) { %s } }";

        // draftTargetExperience > draft > scope > touchpoints > name: 5
        Map<String, Object> refused = call(admin, draft.formatted("draft { scope { touchpoints { name } } }"));

        assertThat(onlyErrorExtensions(refused))
                .containsEntry("code", "QUERY_TOO_COMPLEX")
                .containsEntry("reason", "DEPTH_EXCEEDED")
                .containsEntry("limit", 4)
                .containsEntry("actual", 5);
        assertThat(ids(call(admin, "{ targetExperiences { edges { node { id } } } }"), "targetExperiences"))
                .isEmpty();

        // draftTargetExperience > draft > scope > kind: 4, the limit
        assertThat(call(admin, draft.formatted("draft { scope { kind } }"))).doesNotContainKey("errors");
        assertThat(ids(call(admin, "{ targetExperiences { edges { node { id } } } }"), "targetExperiences"))
                .hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> answer, String connection) {
        Map<String, Object> data = (Map<String, Object>) answer.get("data");
        List<Map<String, Object>> edges =
                (List<Map<String, Object>>) ((Map<String, Object>) data.get(connection)).get("edges");
        return edges.stream()
                .map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("id"))
                .toList();
    }
}
