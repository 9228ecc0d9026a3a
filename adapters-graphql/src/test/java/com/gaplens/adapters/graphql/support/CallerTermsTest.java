package com.gaplens.adapters.graphql.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerTermsTest {

    private static final String BRAND_RAW = "b0320e6f1b7a4d5c9e8f00112233aabb";
    private static final String SEGMENT_RAW = "38f8a1c2d3e4f5061728394a5b6c7d8e";
    private static final String BRAND = GlobalIds.of(new BrandId(BRAND_RAW));
    private static final String SEGMENT = GlobalIds.of(new SegmentId(SEGMENT_RAW));

    @Test
    void everyInternalIdTheCallerSentBecomesTheGlobalIdItSentWithItsField() {
        Map<String, Object> arguments =
                Map.of("input", Map.of("brandId", BRAND, "segmentId", SEGMENT, "name", "45–54"));

        String message = CallerTerms.of("brand " + BRAND_RAW + " has no segment " + SEGMENT_RAW, arguments, "");

        assertThat(message)
                .isEqualTo("brand " + BRAND + " (input.brandId) has no segment " + SEGMENT + " (input.segmentId)");
    }

    @Test
    void idsInListsAndRecordsAreFoundWithTheirIndexUnderTheRootGiven() {
        record Scope(List<String> touchpoints, Optional<String> segmentId) {}
        String touchpointRaw = "aa11bb22cc33dd44ee55ff6677889900";
        String touchpoint = GlobalIds.of(new TouchpointId(touchpointRaw));
        Scope item = new Scope(List.of("not a global id", touchpoint), Optional.of(SEGMENT));

        assertThat(CallerTerms.of(
                        "the brand has no touchpoint " + touchpointRaw + " nor segment " + SEGMENT_RAW + ".",
                        item,
                        "input[3]"))
                .isEqualTo("the brand has no touchpoint " + touchpoint + " (input[3].touchpoints[1]) nor segment "
                        + SEGMENT + " (input[3].segmentId).");
    }

    @Test
    void onlyWholeIdsAreReplacedAndAMessageWithoutThemIsLeftAsItIs() {
        Map<String, Object> arguments = Map.of("brandId", BRAND);

        assertThat(CallerTerms.of("x" + BRAND_RAW + " and " + BRAND_RAW + "-copy", arguments, ""))
                .isEqualTo("x" + BRAND_RAW + " and " + BRAND_RAW + "-copy");
        assertThat(CallerTerms.of("nothing to say about ids", arguments, "")).isEqualTo("nothing to say about ids");
        assertThat(CallerTerms.of("brand " + BRAND_RAW, Map.of(), "")).isEqualTo("brand " + BRAND_RAW);
    }

    @Test
    void textsThatAreNotGlobalIdsOfTheApisTypesAreNeverTakenForIds() {
        String someoneElses = GlobalId.encode("Invoice", BRAND_RAW);

        assertThat(CallerTerms.of("brand " + BRAND_RAW, Map.of("ref", someoneElses, "name", "Maison"), ""))
                .isEqualTo("brand " + BRAND_RAW);
    }
}
