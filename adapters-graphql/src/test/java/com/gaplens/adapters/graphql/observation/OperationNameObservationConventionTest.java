package com.gaplens.adapters.graphql.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationNameObservationConventionTest {

    @Test
    void aGraphQlNameIsItsOwnTag() {
        assertThat(OperationNameObservationConvention.tagValue("RecordMeasurements"))
                .isEqualTo("RecordMeasurements");
        assertThat(OperationNameObservationConvention.tagValue("_brands2")).isEqualTo("_brands2");
    }

    @Test
    void anAnonymousOperationIsTaggedAnonymous() {
        assertThat(OperationNameObservationConvention.tagValue(null)).isEqualTo("anonymous");
        assertThat(OperationNameObservationConvention.tagValue(" ")).isEqualTo("anonymous");
    }

    @Test
    void aNameThatIsNoGraphQlNameOrTooLongIsTaggedOther() {
        assertThat(OperationNameObservationConvention.tagValue("2fast")).isEqualTo("other");
        assertThat(OperationNameObservationConvention.tagValue("brands{}")).isEqualTo("other");
        assertThat(OperationNameObservationConvention.tagValue("a".repeat(64))).isEqualTo("a".repeat(64));
        assertThat(OperationNameObservationConvention.tagValue("a".repeat(65))).isEqualTo("other");
    }
}
