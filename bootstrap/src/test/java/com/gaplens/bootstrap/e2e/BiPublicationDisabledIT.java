package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without GAPLENS_BI_POSTGRES_URL GapLens publishes to no PostgreSQL, and says so; roles guard the BI operations. */
class BiPublicationDisabledIT extends EndToEndTest {

    private final TenantId tenant = new TenantId("bi-off-" + System.nanoTime());

    @Test
    void theStatusSaysThePublicationIsOffAndNothingWaits() {
        Map<String, Object> status = as(tenant, Role.READER)
                .documentName("biPublicationStatus")
                .execute()
                .path("biPublicationStatus")
                .entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                .get();

        assertThat(status)
                .containsEntry("enabled", false)
                .containsEntry("pendingRows", 0)
                .containsEntry("lagSeconds", 0.0)
                .containsEntry("freshnessSeconds", 30.0);
    }

    @Test
    void grantingIsUnavailableWithItsReasonAndNothingIsListed() {
        assertError(
                as(tenant, Role.ADMIN)
                        .documentName("grantBiAccess")
                        .variable("input", Map.of("label", "Power BI"))
                        .execute(),
                "UNAVAILABLE",
                "BI_PUBLICATION_NOT_CONFIGURED",
                null);
        as(tenant, Role.ADMIN)
                .documentName("biAccesses")
                .execute()
                .path("biAccesses")
                .entityList(Object.class)
                .isEqualTo(List.of());
    }

    @Test
    void onlyAnAdministratorGrantsListsAndRevokesAndABlankLabelIsRefusedByName() {
        assertError(
                as(tenant, Role.READER)
                        .documentName("grantBiAccess")
                        .variable("input", Map.of("label", "x"))
                        .execute(),
                "FORBIDDEN",
                null,
                null);
        assertError(as(tenant, Role.WRITER).documentName("biAccesses").execute(), "FORBIDDEN", null, null);
        assertError(
                as(tenant, Role.ADMIN)
                        .documentName("grantBiAccess")
                        .variable("input", Map.of("label", "  "))
                        .execute(),
                "VALIDATION",
                "BLANK",
                "input.label");
    }
}
