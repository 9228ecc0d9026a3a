package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Refusals speak the caller's language: a message names the objects by the global ids the caller sent, with the field
 * it sent each in, never by the internal ids behind them (which no client ever sees), and names no object the caller
 * did not name.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class MessagesInCallerTermsIT extends EndToEndTest {

    private final TenantId tenant = new TenantId("messages-" + System.nanoTime());
    private HttpGraphQlTester admin;
    private String lumen;
    private String simplicity;
    private String other;
    private String otherSegment;
    private String otherTouchpoint;
    private String checkout;

    @BeforeEach
    void twoBrands() {
        admin = as(tenant, Role.ADMIN);
        var brand = admin.documentName("defineBrand")
                .variable("input", Map.of("name", "Maison Lumen", "values", List.of(Map.of("name", "Simplicity"))))
                .execute();
        lumen = brand.path("defineBrand.id").entity(String.class).get();
        simplicity = brand.path("defineBrand.values[0].id").entity(String.class).get();
        checkout = define(
                "defineTouchpoint",
                Map.of("brandId", lumen, "name", "Checkout", "phase", "PURCHASE", "channel", "STORE"));
        other = define("defineBrand", Map.of("name", "Other brand"));
        otherSegment = define("defineSegment", Map.of("brandId", other, "kind", "PROFILE", "name", "25–34"));
        otherTouchpoint = define(
                "defineTouchpoint", Map.of("brandId", other, "name", "Kiosk", "phase", "PURCHASE", "channel", "STORE"));
    }

    @Test
    void aSegmentOfAnotherBrandIsNotFoundNamedByTheIdsSentAndTheirFields() {
        var response = admin.documentName("effectiveTarget")
                .variable("brandId", lumen)
                .variable("segmentId", otherSegment)
                .execute();

        String message = onlyMessage(response, "NOT_FOUND", "segmentId");
        assertThat(message)
                .contains(lumen + " (brandId)")
                .contains(otherSegment + " (segmentId)")
                .doesNotContain(raw(lumen))
                .doesNotContain(raw(otherSegment));
    }

    @Test
    void aRejectedMeasurementSaysWhichIdOfTheItemWasNotFound() {
        Map<String, Object> item = new HashMap<>();
        item.put("externalId", "m-1");
        item.put("brandId", lumen);
        item.put("touchpointId", checkout);
        item.put("segmentId", otherSegment);
        item.put("variable", "ACCESS_EASY");
        item.put("method", "BAROMETER");
        item.put("scale", "PERCENT");
        item.put("value", 50);
        item.put("observedAt", "2026-03-10T10:00:00Z");

        Map<String, Object> rejected = as(tenant, Role.WRITER)
                .documentName("recordMeasurements")
                .variable("input", List.of(item))
                .execute()
                .path("recordMeasurements.items[0]")
                .entity(Map.class)
                .get();

        assertThat(rejected).containsEntry("status", "REJECTED").containsEntry("field", "input[0].segmentId");
        assertThat((String) rejected.get("message"))
                .contains(otherSegment + " (input[0].segmentId)")
                .doesNotContain(raw(otherSegment))
                .doesNotContain(raw(lumen));
    }

    @Test
    void aCommitmentScopedToAnotherBrandsTouchpointNamesTheTouchpointSentNotTheBrandItWasNot() {
        String targetId = admin.documentName("draftTargetExperience")
                .variable(
                        "input", Map.of("brandId", lumen, "commitments", List.of(commitment("ACCESS_EASY", Map.of()))))
                .execute()
                .path("draftTargetExperience.id")
                .entity(String.class)
                .get();

        // revised by its target experience's id alone: the brand is not among what the caller sent
        var response = admin.documentName("updateTargetExperienceDraft")
                .variable(
                        "input",
                        Map.of(
                                "targetExperienceId",
                                targetId,
                                "expectedVersion",
                                1,
                                "commitments",
                                List.of(commitment("ACCESS_EASY", Map.of("touchpoints", List.of(otherTouchpoint))))))
                .execute();

        String message = onlyMessage(response, "VALIDATION", "input.commitments[0].scope.touchpoints");
        assertThat(message)
                .contains(otherTouchpoint + " (input.commitments[0].scope.touchpoints[0])")
                .doesNotContain(raw(otherTouchpoint))
                .doesNotContain(raw(lumen));
    }

    @Test
    void twoCommitmentsPromisingTheSameVariableAreToldApartByTheWordingSentNotByIdsNeverSeen() {
        Map<String, Object> first = commitment("ACCESS_EASY", Map.of());
        Map<String, Object> second = new HashMap<>(commitment("ACCESS_EASY", Map.of()));
        second.put("wording", "Checkout takes a minute");

        var response = admin.documentName("draftTargetExperience")
                .variable("input", Map.of("brandId", lumen, "commitments", List.of(first, second)))
                .execute();

        assertThat(onlyMessage(response, "VALIDATION", "input.commitments[1].scope"))
                .contains("\"Paying is effortless\"")
                .doesNotContainPattern("[0-9a-f]{32}");
    }

    @Test
    void anIdOfAnotherTenantIsNotFoundAsTheGlobalIdSent() {
        String foreign = define(
                "defineBrand", Map.of("name", "Elsewhere"), as(new TenantId("other-" + tenant.value()), Role.ADMIN));

        var response = admin.documentName("defineTouchpoint")
                .variable("input", Map.of("brandId", foreign, "name", "Kiosk", "phase", "PURCHASE", "channel", "STORE"))
                .execute();

        assertThat(onlyMessage(response, "NOT_FOUND", "input.brandId"))
                .contains(foreign + " (input.brandId)")
                .doesNotContain(raw(foreign));
    }

    private static String onlyMessage(GraphQlTester.Response response, String code, String field) {
        String[] message = new String[1];
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.getFirst().getExtensions())
                    .containsEntry("code", code)
                    .containsEntry("field", field);
            message[0] = errors.getFirst().getMessage();
        });
        return message[0];
    }

    /** The internal id behind a global id: what no message may show. */
    private static String raw(String globalId) {
        String decoded = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
        return decoded.substring(decoded.indexOf(':') + 1);
    }

    private Map<String, Object> commitment(String variable, Map<String, Object> scope) {
        Map<String, Object> commitment = new HashMap<>();
        commitment.put("brandValue", simplicity);
        commitment.put("variable", variable);
        commitment.put("targetLevel", 80);
        commitment.put("wording", "Paying is effortless");
        if (!scope.isEmpty()) {
            commitment.put("scope", scope);
        }
        return commitment;
    }

    private String define(String document, Map<String, Object> input) {
        return define(document, input, admin);
    }

    private static String define(String document, Map<String, Object> input, HttpGraphQlTester as) {
        return as.documentName(document)
                .variable("input", input)
                .execute()
                .path(document + ".id")
                .entity(String.class)
                .get();
    }
}
