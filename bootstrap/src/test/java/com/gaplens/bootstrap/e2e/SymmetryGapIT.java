package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The symmetry gap of a maturity assessment, read from real roll-ups: employee measurements are recorded like
 * customer ones (audience EMPLOYEE), never mixed into customer views, and compared variable by variable.
 *
 * <p>On USE_EASY: employees 40 and 50 (lived 45), customers 70 → gap 45 − 70 = −25. On ACCESS_USEFUL only
 * customers (80): measured on one side. Mean absolute gap over the variables measured on both sides: 25.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class SymmetryGapIT extends EndToEndTest {

    private final TenantId tenant = new TenantId("symmetry-" + System.nanoTime());

    @Test
    void employeeAndCustomerExperienceAreComparedVariableByVariableFromTheRollUps() {
        HttpGraphQlTester admin = as(tenant, Role.ADMIN);
        String brandId = admin.documentName("defineBrand")
                .variable("input", Map.of("name", "Symmetric"))
                .execute()
                .path("defineBrand.id")
                .entity(String.class)
                .get();
        String desk = admin.documentName("defineTouchpoint")
                .variable("input", Map.of("brandId", brandId, "name", "Desk", "phase", "USAGE", "channel", "STORE"))
                .execute()
                .path("defineTouchpoint.id")
                .entity(String.class)
                .get();
        as(tenant, Role.WRITER)
                .documentName("recordMeasurements")
                .variable(
                        "input",
                        List.of(
                                item("e-1", brandId, desk, "USE_EASY", 40, "EMPLOYEE"),
                                item("e-2", brandId, desk, "USE_EASY", 50, "EMPLOYEE"),
                                item("c-1", brandId, desk, "USE_EASY", 70, "CUSTOMER"),
                                item("c-2", brandId, desk, "ACCESS_USEFUL", 80, "CUSTOMER")))
                .execute()
                .path("recordMeasurements.totals.accepted")
                .entity(Integer.class)
                .isEqualTo(4);

        var assessment = admin.documentName("recordMaturityAssessment")
                .variable(
                        "input",
                        Map.of(
                                "brandId", brandId,
                                "functionsInvolved", List.of("MARKETING", "CUSTOMER_SERVICE"),
                                "feedbackChangesExistingOffers", true,
                                "newOffersDesignedWithExperience", false,
                                "customersCoCreate", false,
                                "employeeExperienceMeasured", true,
                                "symmetryPeriod", Map.of("from", "2026-05-01", "to", "2026-05-31")))
                .execute()
                .path("recordMaturityAssessment.symmetryGap");

        List<Map> variables = assessment
                .path("recordMaturityAssessment.symmetryGap.variables")
                .entityList(Map.class)
                .get();
        Map useEasy = variables.stream()
                .filter(v -> "USE_EASY".equals(v.get("variable")))
                .findFirst()
                .orElseThrow();
        assertThat((Double) useEasy.get("employee")).isCloseTo(45, within(1e-9));
        assertThat((Double) useEasy.get("customer")).isCloseTo(70, within(1e-9));
        assertThat((Double) useEasy.get("gap")).isCloseTo(-25, within(1e-9));
        Map accessUseful = variables.stream()
                .filter(v -> "ACCESS_USEFUL".equals(v.get("variable")))
                .findFirst()
                .orElseThrow();
        assertThat(accessUseful).containsEntry("employee", null).containsEntry("gap", null);
        assertThat((Double) accessUseful.get("customer")).isCloseTo(80, within(1e-9));
        assertThat(assessment
                        .path("recordMaturityAssessment.symmetryGap.meanAbsoluteGap")
                        .entity(Double.class)
                        .get())
                .isCloseTo(25, within(1e-9));

        // customer views never see employees
        as(tenant, Role.READER)
                .documentName("gaps")
                .variable("groupBy", List.of("VARIABLE"))
                .execute()
                .path("gaps.edges[*].node.count")
                .entityList(Integer.class)
                .containsExactly(1, 1);
    }

    private static Map<String, Object> item(
            String id, String brandId, String touchpoint, String variable, double value, String audience) {
        Map<String, Object> item = new HashMap<>();
        item.put("externalId", id);
        item.put("brandId", brandId);
        item.put("touchpointId", touchpoint);
        item.put("variable", variable);
        item.put("method", "BAROMETER");
        item.put("scale", "PERCENT");
        item.put("value", value);
        item.put("observedAt", "2026-05-12T09:00:00Z");
        item.put("audience", audience);
        return item;
    }
}
