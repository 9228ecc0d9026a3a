package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every rule of the promise, broken once through GraphQL on a real MongoDB: the exact error code,
 * reason and input path, and nothing written. Also: stale versions, tenants that cannot see or touch
 * each other's objects, and roles refused where they do not belong.
 */
class PromiseRulesIT extends EndToEndTest {

    private final TenantId acme = new TenantId("rules-acme-" + System.nanoTime());
    private final TenantId globex = new TenantId("rules-globex-" + System.nanoTime());

    private HttpGraphQlTester admin;
    private String brandId;
    private List<String> valueIds;
    private String touchpointId;

    @BeforeEach
    void aBrandWithTwoValuesAndATouchpoint() {
        admin = as(acme, Role.ADMIN);
        var brand = admin.documentName("defineBrand")
                .variable(
                        "input",
                        Map.of(
                                "name",
                                "Acme Bikes",
                                "values",
                                List.of(Map.of("name", "Simplicity"), Map.of("name", "Authenticity"))))
                .execute();
        brandId = brand.path("defineBrand.id").entity(String.class).get();
        valueIds =
                brand.path("defineBrand.values[*].id").entityList(String.class).get();
        touchpointId = admin.documentName("defineTouchpoint")
                .variable(
                        "input",
                        Map.of(
                                "brandId",
                                brandId,
                                "name",
                                "Repair desk",
                                "phase",
                                "AFTER_PURCHASE",
                                "channel",
                                "STORE"))
                .execute()
                .path("defineTouchpoint.id")
                .entity(String.class)
                .get();
    }

    private Map<String, Object> commitment(String brandValue, Object targetLevel) {
        return Map.of(
                "brandValue",
                brandValue,
                "variable",
                "USE_EASY",
                "targetLevel",
                targetLevel,
                "wording",
                "Repairs are easy");
    }

    @Test
    void aBlankNameIsRefusedAndNamesTheField() {
        assertError(
                admin.documentName("defineBrand")
                        .variable("input", Map.of("name", "   "))
                        .execute(),
                "VALIDATION",
                "BLANK",
                "input.name");
    }

    @Test
    void aTargetLevelAbove100IsRefusedAndNothingIsDrafted() {
        var response = admin.documentName("draftTargetExperience")
                .variable(
                        "input", Map.of("brandId", brandId, "commitments", List.of(commitment(valueIds.get(0), 120.5))))
                .execute();

        assertError(response, "VALIDATION", "TARGET_LEVEL_OUT_OF_RANGE", "input.commitments[0].targetLevel");
        // nothing half-written: the brand can still be given its (first and only) target experience
        admin.documentName("draftTargetExperience")
                .variable(
                        "input", Map.of("brandId", brandId, "commitments", List.of(commitment(valueIds.get(0), 80.0))))
                .execute()
                .path("draftTargetExperience.version")
                .entity(Long.class)
                .isEqualTo(1L);
    }

    @Test
    void aCommitmentMustNameAValueOfItsOwnBrand() {
        String otherBrandValue = admin.documentName("defineBrand")
                .variable("input", Map.of("name", "Other brand", "values", List.of(Map.of("name", "Speed"))))
                .execute()
                .path("defineBrand.values[0].id")
                .entity(String.class)
                .get();

        assertError(
                admin.documentName("draftTargetExperience")
                        .variable(
                                "input",
                                Map.of(
                                        "brandId",
                                        brandId,
                                        "commitments",
                                        List.of(commitment(valueIds.get(0), 80.0), commitment(otherBrandValue, 70.0))))
                        .execute(),
                "VALIDATION",
                "UNKNOWN_BRAND_VALUE",
                "input.commitments[1].brandValue");
    }

    @Test
    void anArchivedTouchpointCannotScopeANewCommitment() {
        admin.documentName("archiveTouchpoint")
                .variable("input", Map.of("touchpointId", touchpointId, "expectedVersion", 1))
                .execute()
                .path("archiveTouchpoint.status")
                .entity(String.class)
                .isEqualTo("ARCHIVED");

        assertError(
                admin.documentName("draftTargetExperience")
                        .variable(
                                "input",
                                Map.of(
                                        "brandId",
                                        brandId,
                                        "commitments",
                                        List.of(Map.of(
                                                "brandValue",
                                                valueIds.get(0),
                                                "variable",
                                                "USE_EASY",
                                                "scope",
                                                Map.of("touchpoints", List.of(touchpointId)),
                                                "targetLevel",
                                                80.0,
                                                "wording",
                                                "Repairs are easy"))))
                        .execute(),
                "VALIDATION",
                "ARCHIVED_REFERENCE",
                "input.commitments[0].scope.touchpoints");
    }

    @Test
    void segmentNamesAreUniquePerBrandWhateverTheirCase() {
        admin.documentName("defineSegment")
                .variable("input", Map.of("brandId", brandId, "kind", "SITUATION", "name", "Urgent repair"))
                .execute()
                .path("defineSegment.name")
                .entity(String.class)
                .isEqualTo("Urgent repair");

        assertError(
                admin.documentName("defineSegment")
                        .variable("input", Map.of("brandId", brandId, "kind", "PROFILE", "name", "URGENT  repair"))
                        .execute(),
                "CONFLICT",
                "DUPLICATE_NAME",
                "input.name");
    }

    @Test
    void aVariantMayOnlyOverrideCommitmentsThatExist() {
        String segmentId = admin.documentName("defineSegment")
                .variable("input", Map.of("brandId", brandId, "kind", "PROFILE", "name", "25-34"))
                .execute()
                .path("defineSegment.id")
                .entity(String.class)
                .get();
        var target = admin.documentName("draftTargetExperience")
                .variable(
                        "input", Map.of("brandId", brandId, "commitments", List.of(commitment(valueIds.get(0), 80.0))))
                .execute();
        String targetId =
                target.path("draftTargetExperience.id").entity(String.class).get();
        admin.documentName("publishTargetExperience")
                .variable("input", Map.of("targetExperienceId", targetId, "expectedVersion", 1))
                .execute()
                .path("publishTargetExperience.versions[0].number")
                .entity(Integer.class)
                .isEqualTo(1);
        // a commitment id of the right type that no version holds
        String unknownCommitment = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("Commitment:nosuchcommitment".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertError(
                admin.documentName("draftSegmentVariant")
                        .variable(
                                "input",
                                Map.of(
                                        "targetExperienceId", targetId,
                                        "segmentId", segmentId,
                                        "adjustments",
                                                Map.of(
                                                        "overrides",
                                                        List.of(Map.of(
                                                                "commitmentId",
                                                                unknownCommitment,
                                                                "targetLevel",
                                                                90.0)))))
                        .execute(),
                "VALIDATION",
                "UNKNOWN_COMMITMENT",
                "input.adjustments.overrides[0].commitmentId");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        admin.documentName("updateBrand")
                .variable("input", Map.of("brandId", brandId, "expectedVersion", 1, "name", "Acme Cycles"))
                .execute()
                .path("updateBrand.version")
                .entity(Long.class)
                .isEqualTo(2L);

        assertError(
                admin.documentName("updateBrand")
                        .variable("input", Map.of("brandId", brandId, "expectedVersion", 1, "name", "Acme Velos"))
                        .execute(),
                "CONFLICT",
                "STALE_VERSION",
                "input.expectedVersion");
        admin.documentName("node")
                .variable("id", brandId)
                .execute()
                .path("node.name")
                .entity(String.class)
                .isEqualTo("Acme Cycles")
                .path("node.version")
                .entity(Long.class)
                .isEqualTo(2L);
    }

    @Test
    void anotherTenantCannotSeeOrTouchTheBrandEvenWithItsId() {
        HttpGraphQlTester intruder = as(globex, Role.ADMIN);

        intruder.documentName("node")
                .variable("id", brandId)
                .execute()
                .path("node")
                .valueIsNull();
        intruder.documentName("brands")
                .variable("first", 100)
                .execute()
                .path("brands.edges")
                .entityList(Map.class)
                .hasSize(0);
        assertError(
                intruder.documentName("updateBrand")
                        .variable("input", Map.of("brandId", brandId, "expectedVersion", 1, "name", "Stolen"))
                        .execute(),
                "NOT_FOUND",
                "BRAND_NOT_FOUND",
                "input.brandId");
        assertError(
                intruder.documentName("defineSegment")
                        .variable("input", Map.of("brandId", brandId, "kind", "PROFILE", "name", "Spies"))
                        .execute(),
                "NOT_FOUND",
                "BRAND_NOT_FOUND",
                "input.brandId");
        // and the owner still sees it unchanged
        admin.documentName("node")
                .variable("id", brandId)
                .execute()
                .path("node.name")
                .entity(String.class)
                .isEqualTo("Acme Bikes");
    }

    @Test
    void onlyAdministratorsManageThePromiseAndWritersDoNotRead() {
        for (Role role : List.of(Role.READER, Role.WRITER)) {
            assertError(
                    as(acme, role)
                            .documentName("defineBrand")
                            .variable("input", Map.of("name", "Not allowed " + role))
                            .execute(),
                    "FORBIDDEN",
                    null,
                    null);
        }
        assertError(
                as(acme, Role.WRITER)
                        .documentName("brands")
                        .variable("first", 10)
                        .execute(),
                "FORBIDDEN",
                null,
                null);
        as(acme, Role.READER)
                .documentName("brands")
                .variable("first", 10)
                .execute()
                .path("brands.edges[*].node.name")
                .entityList(String.class)
                .containsExactly("Acme Bikes");
    }

    @Test
    void brandsArePagedWithOpaqueCursorsAndAtMost100PerPage() {
        for (String name : List.of("Bravo", "alpha", "Charlie")) {
            admin.documentName("defineBrand")
                    .variable("input", Map.of("name", name))
                    .execute();
        }

        var first = admin.documentName("brands").variable("first", 2).execute();
        first.path("brands.edges[*].node.name").entityList(String.class).containsExactly("Acme Bikes", "alpha");
        first.path("brands.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        first.path("brands.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
        String after =
                first.path("brands.pageInfo.endCursor").entity(String.class).get();

        var second = admin.documentName("brands")
                .variable("first", 2)
                .variable("after", after)
                .execute();
        second.path("brands.edges[*].node.name").entityList(String.class).containsExactly("Bravo", "Charlie");
        second.path("brands.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        second.path("brands.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);

        assertError(
                admin.documentName("brands").variable("first", 101).execute(),
                "VALIDATION",
                "PAGE_SIZE_OUT_OF_RANGE",
                "first");
        assertError(
                admin.documentName("brands")
                        .variable("first", 10)
                        .variable("after", "garbage!")
                        .execute(),
                "VALIDATION",
                "INVALID_CURSOR",
                "after");
        assertThat(after).doesNotContain("Acme");
    }
}
