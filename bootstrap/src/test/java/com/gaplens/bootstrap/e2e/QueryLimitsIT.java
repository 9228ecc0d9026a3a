package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.port.in.DefineTenantUseCase;
import com.gaplens.application.port.in.DefineTenantUseCase.DefineTenantCommand;
import com.gaplens.application.port.in.IssueApiKeyUseCase;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssueApiKeyCommand;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The default limits of every GraphQL request, over HTTP on a real MongoDB: a request just under each
 * limit runs, one just over is refused whole — with its typed error, the limit and the actual value —
 * and nothing of it runs (a refused mutation writes nothing). Each test acts for a tenant of its own,
 * so that its query budget starts full.
 */
class QueryLimitsIT extends EndToEndTest {

    private static final AtomicInteger TENANTS = new AtomicInteger();

    @Autowired
    private IssueApiKeyUseCase apiKeys;

    @Autowired
    private DefineTenantUseCase tenants;

    private String admin;

    @BeforeEach
    void aFreshTenantWithAnAdminKey() {
        TenantId tenant = new TenantId("limits-" + System.nanoTime() + "-" + TENANTS.incrementAndGet());
        tenants.defineTenant(new DefineTenantCommand(tenant, new Name("Tenant " + tenant.value())));
        admin = apiKeys.issue(new IssueApiKeyCommand(tenant, "limits", Set.of(Role.ADMIN)))
                .token();
    }

    /** The whole JSON answer to {@code body} posted with {@code token}. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String token, Object body) {
        return http().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + token)
                .bodyValue(body)
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    private Map<String, Object> call(String document) {
        return post(admin, Map.of("query", document));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyError(Map<String, Object> answer) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.get("errors");
        assertThat(errors).as("errors of %s", answer).hasSize(1);
        assertThat((String) errors.getFirst().get("message"))
                .isNotBlank()
                .doesNotContain("Exception")
                .doesNotContain("com.gaplens");
        return (Map<String, Object>) errors.getFirst().get("extensions");
    }

    private static void assertRefused(Map<String, Object> answer, String code, String reason, long limit, long actual) {
        Map<String, Object> extensions = onlyError(answer);
        assertThat(extensions)
                .containsEntry("code", code)
                .containsEntry("reason", reason)
                .containsEntry("limit", (int) limit)
                .containsEntry("actual", (int) actual);
        assertThat(answer.get("data")).isNull();
    }

    private static void assertRanWithoutErrors(Map<String, Object> answer) {
        assertThat(answer).as("answer").doesNotContainKey("errors");
        assertThat(answer.get("data")).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cost(Map<String, Object> answer) {
        return (Map<String, Object>) ((Map<String, Object>) answer.get("extensions")).get("cost");
    }

    @SuppressWarnings("unchecked")
    private int brandCount() {
        Map<String, Object> answer = call("{ brands(first: 100) { edges { node { id } } } }");
        Map<String, Object> brands = (Map<String, Object>) ((Map<String, Object>) answer.get("data")).get("brands");
        return ((List<?>) brands.get("edges")).size();
    }

    /** {@code defineBrand} padded with a comment to exactly {@code bytes} bytes. */
    private static String defineBrandOfSize(int bytes) {
        String mutation = "mutation { defineBrand(input: {name: \"Sized\"}) { id } }\n#";
        return mutation + "x".repeat(bytes - mutation.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aDocumentOfFifteenKilobytesRunsAndOneByteMoreIsRefusedUnread() {
        String atLimit = defineBrandOfSize(15 * 1024);
        assertThat(atLimit.getBytes(StandardCharsets.UTF_8)).hasSize(15_360);
        assertRanWithoutErrors(call(atLimit));
        assertThat(brandCount()).isEqualTo(1);

        Map<String, Object> refused = call(defineBrandOfSize(15 * 1024 + 1));

        assertRefused(refused, "VALIDATION", "DOCUMENT_TOO_LARGE", 15_360, 15_361);
        assertThat(cost(refused)).containsEntry("requested", 0).containsEntry("limit", 1000);
        assertThat(brandCount()).isEqualTo(1);
    }

    /**
     * mutation { defineBrand ( input : { name : "Tok" } ) { (spreads) } } fragment F on Brand { id }:
     * 13 tokens before the spreads, 2 per spread ("..." and "F"), 2 closing braces, 7 for the fragment:
     * 22 + 2k; k = 989 makes 2,000.
     */
    private static String defineBrandWithSpreads(int spreads, String extra) {
        return "mutation { defineBrand(input: {name: \"Tok\"}) { " + "...F ".repeat(spreads) + extra
                + "} } fragment F on Brand { id }";
    }

    @Test
    void twoThousandTokensRunAndOneMoreIsRefusedBeforeParsing() {
        assertRanWithoutErrors(call(defineBrandWithSpreads(989, "")));
        assertThat(brandCount()).isEqualTo(1);

        assertRefused(call(defineBrandWithSpreads(989, "__typename ")), "VALIDATION", "TOO_MANY_TOKENS", 2000, 2001);
        assertThat(brandCount()).isEqualTo(1);
    }

    @Test
    void tenAliasesRunAndElevenAreRefusedWithNothingWritten() {
        StringBuilder ten = new StringBuilder("mutation {");
        for (int i = 1; i <= 10; i++) {
            ten.append(" b")
                    .append(i)
                    .append(": defineBrand(input: {name: \"Alias ")
                    .append(i)
                    .append("\"}) { id }");
        }
        assertRanWithoutErrors(call(ten + " }"));
        assertThat(brandCount()).isEqualTo(10);

        String eleven =
                ten.toString().replace("Alias ", "Other ") + " b11: defineBrand(input: {name: \"Other 11\"}) { id } }";
        assertRefused(call(eleven), "VALIDATION", "TOO_MANY_ALIASES", 10, 11);
        assertThat(brandCount()).isEqualTo(10);
    }

    @Test
    void aDocumentWithTwoOperationsIsRefusedEvenWhenItNamesOne() {
        Map<String, Object> answer = post(
                admin,
                Map.of(
                        "query",
                        "mutation A { defineBrand(input: {name: \"A\"}) { id } }"
                                + " mutation B { defineBrand(input: {name: \"B\"}) { id } }",
                        "operationName",
                        "A"));

        assertRefused(answer, "VALIDATION", "MULTIPLE_OPERATIONS", 1, 2);
        assertThat(brandCount()).isZero();
    }

    @Test
    void aBatchOfOperationsInOneBodyIsRefusedWithNothingWritten() {
        http().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + admin)
                .bodyValue(List.of(
                        Map.of("query", "mutation { defineBrand(input: {name: \"One\"}) { id } }"),
                        Map.of("query", "mutation { defineBrand(input: {name: \"Two\"}) { id } }")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].extensions.code")
                .isEqualTo("VALIDATION")
                .jsonPath("$.errors[0].extensions.reason")
                .isEqualTo("BATCHING_NOT_SUPPORTED");

        assertThat(brandCount()).isZero();
    }

    @Test
    void tenLevelsOfFieldsRunAndElevenAreRefused() {
        // targetExperiences > edges > node > versions > commitments > scope > touchpoints > brand > values > name
        assertRanWithoutErrors(call("{ targetExperiences { edges { node { versions { commitments { scope {"
                + " touchpoints { brand { values { name } } } } } } } } } }"));

        // segmentVariants > edges > node > targetExperience > versions > … > name: 11
        assertRefused(
                call("{ segmentVariants { edges { node { targetExperience { versions { commitments { scope {"
                        + " touchpoints { brand { values { name } } } } } } } } } } }"),
                "QUERY_TOO_COMPLEX",
                "DEPTH_EXCEEDED",
                10,
                11);
        // refused, but costed: segmentVariants 2 + 20 × 8 object fields = 162, nothing taken from the budget
        Map<String, Object> refused = call("{ segmentVariants { edges { node { targetExperience { versions {"
                + " commitments { scope { touchpoints { brand { values { name } } } } } } } } } } }");
        assertThat(cost(refused)).containsEntry("requested", 162).containsEntry("budgetRemaining", null);
    }

    /**
     * Four aliases of {@code brands(first: 100) { edges { node { values { name } } } }}, each
     * 2 + 100 × (node 1 + values 1) = 202, make 808; {@code brands(first: 95)} with the same selection
     * 2 + 95 × 2 = 192: 1,000 in all. {@code experienceModel { families }} adds 1.
     */
    private static String costing(boolean oneMore) {
        StringBuilder document = new StringBuilder("{");
        for (String alias : List.of("a", "b", "c", "d")) {
            document.append(' ').append(alias).append(": brands(first: 100) { edges { node { values { name } } } }");
        }
        document.append(" e: brands(first: 95) { edges { node { values { name } } } }");
        if (oneMore) {
            document.append(" experienceModel { families }");
        }
        return document.append(" }").toString();
    }

    @Test
    void anOperationCostingOneThousandRunsAndOneMoreIsRefusedBeforeItRuns() {
        Map<String, Object> atLimit = call(costing(false));
        assertRanWithoutErrors(atLimit);
        // the tenant's first request: its full budget of 1,000 minus 1,000
        assertThat(cost(atLimit))
                .containsEntry("requested", 1000)
                .containsEntry("limit", 1000)
                .containsEntry("budgetRemaining", 0);

        Map<String, Object> over = call(costing(true));
        assertRefused(over, "QUERY_TOO_COMPLEX", "COST_EXCEEDED", 1000, 1001);
        assertThat(cost(over)).containsEntry("requested", 1001).containsEntry("budgetRemaining", null);
    }

    @Test
    void everyAnswerReportsWhatItCostAndWhatIsLeftOfTheBudget() {
        // brands 2 + 10 × (node 1 + values 1) + pageInfo 1 = 23; 1,000 - 23 = 977 left
        Map<String, Object> answer =
                call("{ brands(first: 10) { edges { cursor node { id values { name } } } pageInfo { hasNextPage } } }");

        assertRanWithoutErrors(answer);
        assertThat(cost(answer))
                .containsEntry("requested", 23)
                .containsEntry("limit", 1000)
                .containsEntry("budgetRemaining", 977);
    }

    @Test
    void aPageSizeOutsideOneToOneHundredIsATypedValidationErrorNamingFirst() {
        assertRanWithoutErrors(call("{ brands(first: 100) { edges { node { id } } } }"));
        for (int first : new int[] {0, 101}) {
            Map<String, Object> extensions =
                    onlyError(call("{ brands(first: " + first + ") { edges { node { id } } } }"));
            assertThat(extensions)
                    .containsEntry("code", "VALIDATION")
                    .containsEntry("reason", "PAGE_SIZE_OUT_OF_RANGE")
                    .containsEntry("field", "first");
        }
    }

    @Test
    void aRankedListOfMoreThanOneHundredAndAFilterOfMoreThanOneThousandIdsAreRefusedBeforeTheyRun() {
        assertRefused(call("{ worstIrritants(first: 101) { gap } }"), "VALIDATION", "PAGE_SIZE_OUT_OF_RANGE", 100, 101);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            ids.add("QnJhbmQ6" + i);
        }
        assertRefused(
                post(
                        admin,
                        Map.of(
                                "query",
                                "query($ids: [ID!]) { gaps(filter: {brandIds: $ids}) { edges { cursor } } }",
                                "variables",
                                Map.of("ids", ids))),
                "QUERY_TOO_COMPLEX",
                "LIST_TOO_LONG",
                1000,
                1001);
    }

    @Test
    void aRankedListIsCostedAtTheNumberOfItemsItAsksFor() {
        // worstIrritants 1 + 50 × keys 1 = 51: what runs is what was costed, before it ran
        Map<String, Object> answer = call("{ worstIrritants(first: 50) { keys { label } } }");

        assertRanWithoutErrors(answer);
        assertThat(cost(answer)).containsEntry("requested", 51);
    }

    @Test
    void anAnonymousCallerGetsNoFieldSuggestions() {
        http().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ brand { id } }"))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody(String.class)
                .value(body -> assertThat(body).doesNotContain("Did you mean").doesNotContain("brands"));
    }
}
