package com.gaplens.adapters.graphql.gap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GapRowsCsvParameterTest {

    @Test
    void anInputPathOfTheSharedFilterIsNamedByItsUrlParameter() {
        assertThat(GapRowsCsvParameter.urlField("filter.period.to")).hasValue("to");
        assertThat(GapRowsCsvParameter.urlField("filter.period.from")).hasValue("from");
        assertThat(GapRowsCsvParameter.urlField("filter.audience")).hasValue("audience");
    }

    @Test
    void aListItemKeepsItsIndexUnderTheUrlParameter() {
        assertThat(GapRowsCsvParameter.urlField("filter.brandIds[0]")).hasValue("brandIds[0]");
        assertThat(GapRowsCsvParameter.urlField("filter.segmentIds[12]")).hasValue("segmentIds[12]");
    }

    @Test
    void aUrlParameterNamedAlreadyStaysAsItIs() {
        assertThat(GapRowsCsvParameter.urlField("from")).hasValue("from");
        assertThat(GapRowsCsvParameter.urlField("bucket")).hasValue("bucket");
        assertThat(GapRowsCsvParameter.urlField("phases")).hasValue("phases");
    }

    @Test
    void aFieldThatIsNoParameterIsNamedNotAtAllRatherThanByAGraphQlPath() {
        assertThat(GapRowsCsvParameter.urlField("filter")).isEmpty();
        assertThat(GapRowsCsvParameter.urlField("after")).isEmpty();
        assertThat(GapRowsCsvParameter.urlField("filter.brandIdsX")).isEmpty();
    }

    @Test
    void everyFieldOfTheSharedFilterInputHasItsUrlParameter() {
        // the filter's components are the parameters' input paths: a filter field added without a parameter fails here
        for (var component : GapInputs.GapFilterInput.class.getRecordComponents()) {
            if (component.getName().equals("period")) {
                assertThat(GapRowsCsvParameter.urlField("filter.period.from")).isPresent();
                assertThat(GapRowsCsvParameter.urlField("filter.period.to")).isPresent();
            } else {
                assertThat(GapRowsCsvParameter.urlField("filter." + component.getName()))
                        .as(component.getName())
                        .hasValue(component.getName());
            }
        }
    }

    @Test
    void theAcceptedNamesAreEveryParameterInTheirOrder() {
        assertThat(GapRowsCsvParameter.acceptedNames())
                .isEqualTo("brandIds, valueIds, commitmentIds, phases, touchpointIds, channels, families, dimensions,"
                        + " variables, segmentIds, methods, from, to, audience, groupBy, bucket");
        assertThat(GapRowsCsvParameter.named("brandIds")).hasValue(GapRowsCsvParameter.BRAND_IDS);
        assertThat(GapRowsCsvParameter.named("brandId")).isEmpty();
        assertThat(GapRowsCsvParameter.named("BRANDIDS")).isEmpty();
    }
}
