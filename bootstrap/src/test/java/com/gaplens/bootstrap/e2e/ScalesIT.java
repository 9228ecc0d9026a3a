package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Standard and tenant-defined scales through GraphQL, on a real MongoDB. */
class ScalesIT extends EndToEndTest {

    private final TenantId tenant = new TenantId("scales-" + System.nanoTime());

    @Test
    void aTenantDefinesItsOwnScaleBesideTheEightStandardOnes() {
        HttpGraphQlTester admin = as(tenant, Role.ADMIN);

        var defined = admin.documentName("defineScale")
                .variable(
                        "input",
                        Map.of(
                                "scaleCode", "WAIT_MINUTES",
                                "name", "Minutes waited",
                                "min", 0,
                                "max", 60,
                                "direction", "LOWER_IS_BETTER"))
                .execute();
        defined.path("defineScale.version").entity(Long.class).isEqualTo(1L);
        defined.path("defineScale.standard").entity(Boolean.class).isEqualTo(false);
        // 100/√12 = 28.8675134594813 (to 13 places), the uniform dispersion, when none is declared
        defined.path("defineScale.defaultDispersion")
                .entity(Double.class)
                .satisfies(d -> assertThat(d).isCloseTo(28.8675134594813, within(1e-12)));

        var listed = as(tenant, Role.READER).documentName("scales").execute();
        listed.path("scales[*].code")
                .entityList(String.class)
                .containsExactly(
                        "NPS",
                        "CSAT_5",
                        "CES_7",
                        "LIKERT_5",
                        "LIKERT_7",
                        "PERCENT",
                        "SENTIMENT",
                        "COMPLAINT_RATE",
                        "WAIT_MINUTES");
        listed.path("scales[2].direction").entity(String.class).isEqualTo("LOWER_IS_BETTER");
        listed.path("scales[0].version").valueIsNull();
    }

    @Test
    void aStandardCodeOrABackwardsRangeIsRefusedWithTheFieldToBlame() {
        HttpGraphQlTester admin = as(tenant, Role.ADMIN);

        assertError(
                admin.documentName("defineScale")
                        .variable(
                                "input",
                                Map.of(
                                        "scaleCode",
                                        "NPS",
                                        "name",
                                        "Mine",
                                        "min",
                                        0,
                                        "max",
                                        10,
                                        "direction",
                                        "HIGHER_IS_BETTER"))
                        .execute(),
                "VALIDATION",
                "SCALE_CODE_RESERVED",
                "input.scaleCode");
        assertError(
                admin.documentName("defineScale")
                        .variable(
                                "input",
                                Map.of(
                                        "scaleCode",
                                        "BACKWARDS",
                                        "name",
                                        "Backwards",
                                        "min",
                                        10,
                                        "max",
                                        0,
                                        "direction",
                                        "HIGHER_IS_BETTER"))
                        .execute(),
                "VALIDATION",
                "SCALE_RANGE_INVALID",
                "input.max");
        assertError(
                admin.documentName("defineScale")
                        .variable(
                                "input",
                                Map.of(
                                        "scaleCode",
                                        "lower case",
                                        "name",
                                        "Bad",
                                        "min",
                                        0,
                                        "max",
                                        1,
                                        "direction",
                                        "HIGHER_IS_BETTER"))
                        .execute(),
                "VALIDATION",
                "MALFORMED_SCALE_CODE",
                "input.scaleCode");
    }
}
