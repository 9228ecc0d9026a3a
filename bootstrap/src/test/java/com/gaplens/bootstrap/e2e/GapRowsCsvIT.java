package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.access.Role;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of {@link VariantPromiseCase} as CSV: the promised figures, and significance in three values; and the
 * export's refusals, each a JSON object {@code {code, reason, field, message}} naming the parameter as typed in the URL.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class GapRowsCsvIT extends VariantPromiseCase {

    @Test
    void theCsvCarriesThePromisedFiguresAndTheThreeValuedSignificance() {
        List<Map<String, String>> rows = csv("groupBy=TOUCHPOINT,VARIABLE&from=2026-03-01&to=2026-03-31");

        assertThat(rows).hasSize(3);
        Map<String, String> mixed = csvRow(rows, "CUSTOMER_RELATIONSHIP_PLEASANT");
        assertThat(mixed)
                .containsEntry("n", "3")
                .containsEntry("promised_n", "2")
                .containsEntry("promised_weight", "2")
                .containsEntry("promised_lived", "95.0")
                .containsEntry("target", "85.0")
                .containsEntry("gap", "10.0")
                .containsEntry("std_error", "5.0")
                .containsEntry("significance", "NOT_SIGNIFICANT")
                .containsEntry("unpromised_n", "1");
        assertThat(Double.parseDouble(mixed.get("ci_high"))).isCloseTo(95 + 5 * Q1, within(1e-9));
        // one promised respondent: no interval, significance UNDETERMINED (not a false "not significant")
        assertThat(csvRow(rows, "ACCESS_EASY"))
                .containsEntry("n", "1")
                .containsEntry("promised_lived", "70.0")
                .containsEntry("gap", "-10.0")
                .containsEntry("std_error", "")
                .containsEntry("ci_low", "")
                .containsEntry("significance", "UNDETERMINED")
                .containsEntry("severity", "MAJOR");
        // nothing promised: no promised figure, no significance
        assertThat(csvRow(rows, "USE_PLEASANT"))
                .containsEntry("lived", "90.0")
                .containsEntry("promised_n", "0")
                .containsEntry("promised_weight", "0")
                .containsEntry("promised_lived", "")
                .containsEntry("gap", "")
                .containsEntry("significance", "")
                .containsEntry("unpromised_n", "1");
        for (Map<String, String> row : rows) {
            assertThat(Long.parseLong(row.get("n")))
                    .isEqualTo(Long.parseLong(row.get("promised_n")) + Long.parseLong(row.get("unpromised_n")));
            if (!row.get("gap").isEmpty()) {
                double promisedLived = Double.parseDouble(row.get("promised_lived"));
                assertThat(Double.parseDouble(row.get("gap")))
                        .isEqualTo(promisedLived - Double.parseDouble(row.get("target")));
            }
        }
    }

    private static final String ACCEPTED = "brandIds, valueIds, commitmentIds, phases, touchpointIds, channels,"
            + " families, dimensions, variables, segmentIds, methods, from, to, audience, groupBy, bucket";

    @Test
    void aMisspeltParameterIsRefusedNamingItAndTheParametersTheExportTakes() {
        Refusal refusal = refusal("brandId=" + brandId, Role.READER);

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "code", "VALIDATION",
                        "reason", "UNKNOWN_PARAMETER",
                        "field", "brandId",
                        "message", "brandId is not a parameter of this export; it takes " + ACCEPTED));
    }

    @Test
    void anUnknownParameterNextToValidOnesIsRefusedRatherThanIgnored() {
        Refusal refusal = refusal("groupBy=VARIABLE&from=2026-03-01&to=2026-03-31&Bucket=MONTH", Role.READER);

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body())
                .containsEntry("code", "VALIDATION")
                .containsEntry("reason", "UNKNOWN_PARAMETER")
                .containsEntry("field", "Bucket");
    }

    @Test
    void aParameterGivenTwiceIsRefusedRatherThanReadOnce() {
        Refusal refusal = refusal("brandIds=" + brandId + "&brandIds=another", Role.READER);

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "code",
                        "VALIDATION",
                        "reason",
                        "REPEATED_PARAMETER",
                        "field",
                        "brandIds",
                        "message",
                        "brandIds is given 2 times; give it once, a list's values separated by commas"
                                + " (brandIds=a,b)."));
    }

    @Test
    void aKeyWithoutTheReaderRoleIsRefusedNamingTheRoleNeeded() {
        Refusal refusal = refusal("groupBy=VARIABLE", Role.WRITER);

        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.body())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "code", "FORBIDDEN",
                        "reason", "ROLE_REQUIRED",
                        "message", "GET /bi/gap-rows.csv needs the READER role, which your credentials do not grant"));
    }

    @Test
    void aMalformedDateIsNamedByItsParameter() {
        Refusal refusal = refusal("from=2026-13-01&to=2026-12-31", Role.READER);

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "code", "VALIDATION",
                        "reason", "MALFORMED_DATE",
                        "field", "from",
                        "message", "from must read YYYY-MM-DD"));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsNamedByTheToParameterNotTheGraphQlInput() {
        Refusal refusal = refusal("from=2026-03-31&to=2026-03-01", Role.READER);

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "code", "VALIDATION",
                        "reason", "PERIOD_ENDS_BEFORE_IT_STARTS",
                        "field", "to",
                        "message", "the period ends (2026-03-01) before it starts (2026-03-31)"));
    }

    @Test
    void anUnknownIdIsNamedByItsParameterAndItsPlaceInTheList() {
        Refusal first = refusal("brandIds=nope", Role.READER);
        Refusal second = refusal("brandIds=" + brandId + ",nope", Role.READER);

        assertThat(first.status()).isEqualTo(404);
        assertThat(first.body())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "code", "NOT_FOUND",
                        "reason", "UNKNOWN_ID",
                        "field", "brandIds[0]",
                        "message", "no object has the id given in brandIds[0]"));
        assertThat(second.status()).isEqualTo(404);
        assertThat(second.body()).containsEntry("field", "brandIds[1]");
    }

    @Test
    void anUnknownEnumValueIsNamedByItsParameter() {
        Refusal refusal = refusal("bucket=FORTNIGHT", Role.READER);

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "code", "VALIDATION",
                        "reason", "UNKNOWN_VALUE",
                        "field", "bucket",
                        "message", "FORTNIGHT is not one of [DAY, WEEK, MONTH, QUARTER, YEAR]"));
    }

    @Test
    void anUnknownEnumValueInAListIsNamedByItsPlaceInTheList() {
        Refusal refusal = refusal("phases=PURCHASE,PURCHASING", Role.READER);

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "code",
                        "VALIDATION",
                        "reason",
                        "UNKNOWN_VALUE",
                        "field",
                        "phases[1]",
                        "message",
                        "PURCHASING is not one of [BEFORE_PURCHASE, PURCHASE, AFTER_PURCHASE, USAGE, END_OF_LIFE]"));
    }

    private record Refusal(int status, Map<String, Object> body) {}

    private Refusal refusal(String query, Role role) {
        EntityExchangeResult<String> result = http().get()
                .uri("/bi/gap-rows.csv?" + query)
                .header("Authorization", "Bearer " + token(tenant, role))
                .exchange()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class)
                .returnResult();
        return new Refusal(
                result.getStatus().value(),
                JsonMapper.builder().build().readValue(result.getResponseBody(), Map.class));
    }

    private static Map<String, String> csvRow(List<Map<String, String>> rows, String variable) {
        Predicate<Map<String, String>> ofVariable = r -> variable.equals(r.get("variable"));
        return rows.stream().filter(ofVariable).findFirst().orElseThrow();
    }
}
