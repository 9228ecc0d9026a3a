package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Maturity assessments through GraphQL on a real MongoDB: a brand climbing the ladder stage by stage, each stage
 * with the evidence behind it and what the next one still needs, kept over time and compared.
 */
class MaturityAssessmentsIT extends EndToEndTest {

    private final TenantId tenant = new TenantId("maturity-" + System.nanoTime());
    private HttpGraphQlTester admin;
    private HttpGraphQlTester reader;
    private String brandId;

    @BeforeEach
    void aBrand() {
        admin = as(tenant, Role.ADMIN);
        reader = as(tenant, Role.READER);
        brandId = brand("Maison Lumen");
    }

    private String brand(String name) {
        return admin.documentName("defineBrand")
                .variable("input", Map.of("name", name, "values", List.of(Map.of("name", "Simplicity"))))
                .execute()
                .path("defineBrand.id")
                .entity(String.class)
                .get();
    }

    private static Map<String, Object> evidence(
            String brand,
            List<String> functions,
            boolean feedback,
            boolean designNew,
            boolean coCreate,
            boolean employee) {
        Map<String, Object> input = new HashMap<>();
        input.put("brandId", brand);
        input.put("functionsInvolved", functions);
        input.put("feedbackChangesExistingOffers", feedback);
        input.put("newOffersDesignedWithExperience", designNew);
        input.put("customersCoCreate", coCreate);
        input.put("employeeExperienceMeasured", employee);
        return input;
    }

    private GraphQlTester.Response record(Map<String, Object> input) {
        return admin.documentName("recordMaturityAssessment")
                .variable("input", input)
                .execute();
    }

    @Test
    void aBrandClimbsTheLadderStageByStageAndItsAssessmentsAreKeptAndCompared() {
        // OVERLAY: marketing alone, no practice; the next stage needs feedback, marketing (there) and customer service
        var overlay = record(evidence(brandId, List.of("MARKETING"), false, false, false, false));
        overlay.path("recordMaturityAssessment.stage").entity(String.class).isEqualTo("OVERLAY");
        overlay.path("recordMaturityAssessment.evidenceBehind")
                .entityList(Object.class)
                .hasSize(0);
        overlay.path("recordMaturityAssessment.nextStage").entity(String.class).isEqualTo("IMPROVE_EXISTING");
        overlay.path("recordMaturityAssessment.missingForNextStage[*].condition.kind")
                .entityList(String.class)
                .containsExactly("PRACTICE_IN_PLACE", "FUNCTION_INVOLVED");
        overlay.path("recordMaturityAssessment.missingForNextStage[1].condition.functions")
                .entityList(String.class)
                .containsExactly("CUSTOMER_SERVICE");
        overlay.path("recordMaturityAssessment.symmetryGap.variables")
                .entityList(Object.class)
                .hasSize(12);
        overlay.path("recordMaturityAssessment.symmetryGap.meanAbsoluteGap").valueIsNull();
        overlay.path("recordMaturityAssessment.symmetryPeriod").valueIsNull();
        String first =
                overlay.path("recordMaturityAssessment.id").entity(String.class).get();

        // IMPROVE_EXISTING: feedback changes offers, marketing and customer service take part; a symmetry period is
        // named (the stand-in AudienceScores of this branch finds no score in it, so nothing is measured)
        Map<String, Object> improveInput =
                evidence(brandId, List.of("MARKETING", "CUSTOMER_SERVICE"), true, false, true, false);
        improveInput.put("symmetryPeriod", Map.of("from", "2025-01-01", "to", "2025-03-31"));
        var improve = record(improveInput);
        improve.path("recordMaturityAssessment.symmetryPeriod.to")
                .entity(String.class)
                .isEqualTo("2025-03-31");
        improve.path("recordMaturityAssessment.stage").entity(String.class).isEqualTo("IMPROVE_EXISTING");
        improve.path("recordMaturityAssessment.evidenceBehind[*].kind")
                .entityList(String.class)
                .containsExactly("PRACTICE_IN_PLACE", "FUNCTION_INVOLVED", "FUNCTION_INVOLVED");
        improve.path("recordMaturityAssessment.missingForNextStage[*].condition.kind")
                .entityList(String.class)
                .containsExactly("PRACTICE_IN_PLACE", "ANY_FUNCTION_INVOLVED");
        improve.path("recordMaturityAssessment.missingForNextStage[1].condition.functions")
                .entityList(String.class)
                .containsExactly("PRODUCT", "RND");
        improve.path("recordMaturityAssessment.alsoInPlace")
                .entityList(String.class)
                .containsExactly("CUSTOMERS_CO_CREATE");

        // DESIGN_NEW: new offers designed with the experience built in, R&D at the table
        var design =
                record(evidence(brandId, List.of("MARKETING", "CUSTOMER_SERVICE", "RND"), true, true, false, false));
        design.path("recordMaturityAssessment.stage").entity(String.class).isEqualTo("DESIGN_NEW");
        design.path("recordMaturityAssessment.missingForNextStage[*].condition.kind")
                .entityList(String.class)
                .containsExactly(
                        "FUNCTION_INVOLVED",
                        "FUNCTION_INVOLVED",
                        "FUNCTION_INVOLVED",
                        "PRACTICE_IN_PLACE",
                        "FUNCTION_BREADTH");
        design.path("recordMaturityAssessment.missingForNextStage[4].condition.minimumFunctions")
                .entity(Integer.class)
                .isEqualTo(7);
        design.path("recordMaturityAssessment.missingForNextStage[4].text")
                .entity(String.class)
                .isEqualTo("3 of the 9 business functions take part; at least 7 are needed");

        // EXPERIENCE_BY_DESIGN: seven functions with HR, operations and leadership; employee experience measured
        var byDesign = record(evidence(
                brandId,
                List.of("MARKETING", "CUSTOMER_SERVICE", "RND", "HR", "OPERATIONS_BACK_OFFICE", "LEADERSHIP", "IT"),
                true,
                true,
                false,
                true));
        byDesign.path("recordMaturityAssessment.stage").entity(String.class).isEqualTo("EXPERIENCE_BY_DESIGN");
        byDesign.path("recordMaturityAssessment.nextStage").valueIsNull();
        byDesign.path("recordMaturityAssessment.missingForNextStage")
                .entityList(Object.class)
                .hasSize(0);
        byDesign.path("recordMaturityAssessment.evidenceBehind")
                .entityList(Object.class)
                .hasSize(10);
        String last = byDesign.path("recordMaturityAssessment.id")
                .entity(String.class)
                .get();

        // kept over time, oldest first, page by page
        var page = reader.documentName("maturityAssessments")
                .variable("brandId", brandId)
                .variable("first", 3)
                .execute();
        page.path("maturityAssessments.edges[*].node.stage")
                .entityList(String.class)
                .containsExactly("OVERLAY", "IMPROVE_EXISTING", "DESIGN_NEW");
        page.path("maturityAssessments.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(true);
        reader.documentName("maturityAssessments")
                .variable("brandId", brandId)
                .variable("first", 3)
                .variable(
                        "after",
                        page.path("maturityAssessments.pageInfo.endCursor")
                                .entity(String.class)
                                .get())
                .execute()
                .path("maturityAssessments.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(last);

        // compared, whichever order they are given in
        var comparison = reader.documentName("maturityComparison")
                .variable("earlierId", last)
                .variable("laterId", first)
                .execute();
        comparison.path("maturityComparison.earlier.id").entity(String.class).isEqualTo(first);
        comparison.path("maturityComparison.from").entity(String.class).isEqualTo("OVERLAY");
        comparison.path("maturityComparison.to").entity(String.class).isEqualTo("EXPERIENCE_BY_DESIGN");
        comparison.path("maturityComparison.stepsClimbed").entity(Integer.class).isEqualTo(3);
        // every condition but "marketing takes part", already met in January: 3 + 2 + 5 − 1 = 9
        comparison.path("maturityComparison.newlyMet").entityList(Object.class).hasSize(9);
        comparison
                .path("maturityComparison.noLongerMet")
                .entityList(Object.class)
                .hasSize(0);
        comparison
                .path("maturityComparison.functionsJoined")
                .entityList(String.class)
                .containsExactly("CUSTOMER_SERVICE", "RND", "HR", "OPERATIONS_BACK_OFFICE", "IT", "LEADERSHIP");
        comparison
                .path("maturityComparison.practicesAdopted")
                .entityList(String.class)
                .containsExactly(
                        "FEEDBACK_CHANGES_EXISTING_OFFERS",
                        "NEW_OFFERS_DESIGNED_WITH_EXPERIENCE",
                        "EMPLOYEE_EXPERIENCE_MEASURED");
        comparison.path("maturityComparison.meanAbsoluteSymmetryGapChange").valueIsNull();
    }

    @Test
    void badInputsForeignObjectsAndRolesGetTheirTypedErrors() {
        Map<String, Object> reversed = evidence(brandId, List.of(), false, false, false, false);
        reversed.put("symmetryPeriod", Map.of("from", "2025-03-01", "to", "2025-01-01"));
        assertError(record(reversed), "VALIDATION", "PERIOD_ENDS_BEFORE_IT_STARTS", "input.symmetryPeriod.to");

        String mine = record(evidence(brandId, List.of(), false, false, false, false))
                .path("recordMaturityAssessment.id")
                .entity(String.class)
                .get();
        String otherBrand = brand("Other");
        String theirs = record(evidence(otherBrand, List.of(), false, false, false, false))
                .path("recordMaturityAssessment.id")
                .entity(String.class)
                .get();
        assertError(
                reader.documentName("maturityComparison")
                        .variable("earlierId", mine)
                        .variable("laterId", theirs)
                        .execute(),
                "VALIDATION",
                "DIFFERENT_BRAND",
                "earlier");

        TenantId other = new TenantId("maturity-other-" + System.nanoTime());
        assertError(
                as(other, Role.ADMIN)
                        .documentName("recordMaturityAssessment")
                        .variable("input", evidence(brandId, List.of(), false, false, false, false))
                        .execute(),
                "NOT_FOUND",
                "BRAND_NOT_FOUND",
                "input.brandId");
        assertError(
                as(other, Role.READER)
                        .documentName("maturityComparison")
                        .variable("earlierId", mine)
                        .variable("laterId", mine)
                        .execute(),
                "NOT_FOUND",
                "MATURITY_ASSESSMENT_NOT_FOUND",
                "earlierId");
        assertError(
                as(tenant, Role.WRITER)
                        .documentName("recordMaturityAssessment")
                        .variable("input", evidence(brandId, List.of(), false, false, false, false))
                        .execute(),
                "FORBIDDEN",
                null,
                null);

        // only the one valid assessment of the brand was kept
        assertThat(reader.documentName("maturityAssessments")
                        .variable("brandId", brandId)
                        .execute()
                        .path("maturityAssessments.edges[*].node.id")
                        .entityList(String.class)
                        .get())
                .containsExactly(mine);
    }
}
