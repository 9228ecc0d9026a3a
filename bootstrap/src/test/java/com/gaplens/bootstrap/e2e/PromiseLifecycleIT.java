package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The whole life of a brand's promise through GraphQL on a real MongoDB: a brand with its values,
 * segments and touchpoints, a target experience drafted and published, a segment variant that
 * overrides, adds and excludes, and the effective target of the segment before and after the
 * variant is in force.
 */
class PromiseLifecycleIT extends EndToEndTest {

    private static final TenantId RETAILER = new TenantId("lifecycle-retailer");

    @Test
    void anAdministratorDefinesPublishesAndDeclinesTheWholePromise() {
        HttpGraphQlTester admin = as(RETAILER, Role.ADMIN);

        // a brand with three values
        var brand = admin.documentName("defineBrand")
                .variable(
                        "input",
                        Map.of(
                                "name", "Maison Lumen",
                                "description", "Homeware, in stores and online",
                                "values",
                                        List.of(
                                                Map.of("name", "Simplicity"),
                                                Map.of(
                                                        "name",
                                                        "Authenticity",
                                                        "description",
                                                        "True materials, true words"),
                                                Map.of("name", "Conviviality"))))
                .execute();
        String brandId = brand.path("defineBrand.id").entity(String.class).get();
        brand.path("defineBrand.version").entity(Long.class).isEqualTo(1L);
        brand.path("defineBrand.status").entity(String.class).isEqualTo("ACTIVE");
        brand.path("defineBrand.values[*].name")
                .entityList(String.class)
                .containsExactly("Simplicity", "Authenticity", "Conviviality");
        List<String> values =
                brand.path("defineBrand.values[*].id").entityList(String.class).get();
        String simplicity = values.get(0);
        String authenticity = values.get(1);
        String conviviality = values.get(2);

        // two segments and two touchpoints
        String fortyFive = admin.documentName("defineSegment")
                .variable("input", Map.of("brandId", brandId, "kind", "PROFILE", "name", "45-54"))
                .execute()
                .path("defineSegment.brand.name")
                .entity(String.class)
                .isEqualTo("Maison Lumen")
                .path("defineSegment.id")
                .entity(String.class)
                .get();
        String payment = admin.documentName("defineTouchpoint")
                .variable(
                        "input",
                        Map.of("brandId", brandId, "name", "Online payment", "phase", "PURCHASE", "channel", "WEB"))
                .execute()
                .path("defineTouchpoint.id")
                .entity(String.class)
                .get();

        // a target experience with a touchpoint-, a phase- and a variable-wide commitment
        var drafted = admin.documentName("draftTargetExperience")
                .variable(
                        "input",
                        Map.of(
                                "brandId",
                                brandId,
                                "commitments",
                                List.of(
                                        Map.of(
                                                "brandValue",
                                                simplicity,
                                                "variable",
                                                "USE_EASY",
                                                "scope",
                                                Map.of("touchpoints", List.of(payment)),
                                                "targetLevel",
                                                85.0,
                                                "wording",
                                                "Paying takes less than a minute"),
                                        Map.of(
                                                "brandValue",
                                                authenticity,
                                                "variable",
                                                "CUSTOMER_RELATIONSHIP_PLEASANT",
                                                "scope",
                                                Map.of("phase", "AFTER_PURCHASE"),
                                                "targetLevel",
                                                80.0,
                                                "wording",
                                                "After-sales speaks plainly and honestly"),
                                        Map.of(
                                                "brandValue",
                                                conviviality,
                                                "variable",
                                                "SHARING_PLEASANT",
                                                "targetLevel",
                                                70.0,
                                                "wording",
                                                "Sharing the brand is a pleasure"))))
                .execute();
        String targetId =
                drafted.path("draftTargetExperience.id").entity(String.class).get();
        drafted.path("draftTargetExperience.version").entity(Long.class).isEqualTo(1L);
        drafted.path("draftTargetExperience.hasUnpublishedChanges")
                .entity(Boolean.class)
                .isEqualTo(true);
        drafted.path("draftTargetExperience.versions").entityList(Map.class).hasSize(0);
        drafted.path("draftTargetExperience.draft[0].brandValue.name")
                .entity(String.class)
                .isEqualTo("Simplicity");
        drafted.path("draftTargetExperience.draft[0].scope.kind")
                .entity(String.class)
                .isEqualTo("TOUCHPOINTS");
        drafted.path("draftTargetExperience.draft[0].scope.touchpoints[0].name")
                .entity(String.class)
                .isEqualTo("Online payment");
        drafted.path("draftTargetExperience.draft[1].scope.phase")
                .entity(String.class)
                .isEqualTo("AFTER_PURCHASE");
        drafted.path("draftTargetExperience.draft[2].scope.kind")
                .entity(String.class)
                .isEqualTo("VARIABLE_WIDE");
        List<String> commitments = drafted.path("draftTargetExperience.draft[*].id")
                .entityList(String.class)
                .get();

        // published, in force from 1 January 2026
        var published = admin.documentName("publishTargetExperience")
                .variable(
                        "input",
                        Map.of(
                                "targetExperienceId",
                                targetId,
                                "expectedVersion",
                                1,
                                "inForceFrom",
                                "2026-01-01T00:00:00Z"))
                .execute();
        published.path("publishTargetExperience.version").entity(Long.class).isEqualTo(2L);
        published
                .path("publishTargetExperience.hasUnpublishedChanges")
                .entity(Boolean.class)
                .isEqualTo(false);
        published
                .path("publishTargetExperience.versions[0].number")
                .entity(Integer.class)
                .isEqualTo(1);
        published
                .path("publishTargetExperience.versions[0].inForceFrom")
                .entity(String.class)
                .isEqualTo("2026-01-01T00:00:00.000Z");
        published
                .path("publishTargetExperience.versions[0].commitments[*].targetLevel")
                .entityList(Double.class)
                .containsExactly(85.0, 80.0, 70.0);

        // the 45-54 variant: authenticity promised higher, conviviality excluded, ease of access added
        var variant = admin.documentName("draftSegmentVariant")
                .variable(
                        "input",
                        Map.of(
                                "targetExperienceId", targetId,
                                "segmentId", fortyFive,
                                "adjustments",
                                        Map.of(
                                                "overrides",
                                                        List.of(Map.of(
                                                                "commitmentId",
                                                                commitments.get(1),
                                                                "targetLevel",
                                                                90.0,
                                                                "wording",
                                                                "After-sales takes the time to explain")),
                                                "additions",
                                                        List.of(Map.of(
                                                                "brandValue",
                                                                simplicity,
                                                                "variable",
                                                                "ACCESS_EASY",
                                                                "targetLevel",
                                                                75.0,
                                                                "wording",
                                                                "Finding us is easy")),
                                                "exclusions", List.of(commitments.get(2)))))
                .execute();
        String variantId =
                variant.path("draftSegmentVariant.id").entity(String.class).get();
        variant.path("draftSegmentVariant.segment.name").entity(String.class).isEqualTo("45-54");
        variant.path("draftSegmentVariant.targetExperience.id")
                .entity(String.class)
                .isEqualTo(targetId);
        variant.path("draftSegmentVariant.draft.overrides[0].targetLevel")
                .entity(Double.class)
                .isEqualTo(90.0);
        variant.path("draftSegmentVariant.draft.additions[0].brandValue.name")
                .entity(String.class)
                .isEqualTo("Simplicity");
        variant.path("draftSegmentVariant.draft.exclusions")
                .entityList(String.class)
                .containsExactly(commitments.get(2));
        admin.documentName("publishSegmentVariant")
                .variable(
                        "input",
                        Map.of(
                                "segmentVariantId",
                                variantId,
                                "expectedVersion",
                                1,
                                "inForceFrom",
                                "2026-02-01T00:00:00Z"))
                .execute()
                .path("publishSegmentVariant.versions[0].number")
                .entity(Integer.class)
                .isEqualTo(1);

        // in March, the segment lives the central promise with its variant applied
        HttpGraphQlTester reader = as(RETAILER, Role.READER);
        var march = reader.documentName("effectiveTarget")
                .variable("brandId", brandId)
                .variable("segmentId", fortyFive)
                .variable("at", "2026-03-01T00:00:00Z")
                .execute();
        march.path("effectiveTarget.centralVersion").entity(Integer.class).isEqualTo(1);
        march.path("effectiveTarget.variantVersion").entity(Integer.class).isEqualTo(1);
        march.path("effectiveTarget.segment.name").entity(String.class).isEqualTo("45-54");
        assertThat(march.path("effectiveTarget.commitments[*].provenance")
                        .entityList(String.class)
                        .get())
                .containsExactlyInAnyOrder("INHERITED", "OVERRIDDEN", "EXCLUDED", "ADDED");
        List<Map> resolved =
                march.path("effectiveTarget.commitments").entityList(Map.class).get();
        Map<?, ?> overridden = only(resolved, "OVERRIDDEN");
        assertThat(overridden.get("id")).isEqualTo(commitments.get(1));
        assertThat(overridden.get("targetLevel")).isEqualTo(90.0);
        assertThat(overridden.get("centralTargetLevel")).isEqualTo(80.0);
        assertThat(overridden.get("wording")).isEqualTo("After-sales takes the time to explain");
        assertThat(overridden.get("centralWording")).isEqualTo("After-sales speaks plainly and honestly");
        Map<?, ?> excluded = only(resolved, "EXCLUDED");
        assertThat(excluded.get("id")).isEqualTo(commitments.get(2));
        assertThat(excluded.get("applies")).isEqualTo(false);
        Map<?, ?> added = only(resolved, "ADDED");
        assertThat(added.get("variable")).isEqualTo("ACCESS_EASY");
        assertThat(added.get("applies")).isEqualTo(true);
        assertThat(only(resolved, "INHERITED").get("id")).isEqualTo(commitments.get(0));

        // in mid-January the variant was not yet in force: everything is inherited
        reader.documentName("effectiveTarget")
                .variable("brandId", brandId)
                .variable("segmentId", fortyFive)
                .variable("at", "2026-01-15T00:00:00Z")
                .execute()
                .path("effectiveTarget.variantVersion")
                .valueIsNull()
                .path("effectiveTarget.commitments[*].provenance")
                .entityList(String.class)
                .containsExactly("INHERITED", "INHERITED", "INHERITED");

        // before 2026 nothing was promised
        reader.documentName("effectiveTarget")
                .variable("brandId", brandId)
                .variable("at", "2025-12-31T23:59:59Z")
                .execute()
                .path("effectiveTarget")
                .valueIsNull();
    }

    private static Map<?, ?> only(List<Map> commitments, String provenance) {
        List<Map> matching = commitments.stream()
                .filter(c -> provenance.equals(c.get("provenance")))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.getFirst();
    }
}
