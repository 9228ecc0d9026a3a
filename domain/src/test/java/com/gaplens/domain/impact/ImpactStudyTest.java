package com.gaplens.domain.impact;

import static com.gaplens.domain.impact.GroupDataTest.assertRefused;
import static com.gaplens.domain.impact.ImpactMetric.ACQUISITION_COST;
import static com.gaplens.domain.impact.ImpactMetric.RETENTION;
import static com.gaplens.domain.impact.ImpactStudyBuilder.aStudy;
import static com.gaplens.domain.impact.StudyGroup.CONTROL;
import static com.gaplens.domain.impact.StudyGroup.EXPOSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImpactStudyTest {

    private static final ObservationBatchId BATCH_1 = new ObservationBatchId("batch-1");
    private static final ObservationBatchId BATCH_2 = new ObservationBatchId("batch-2");

    @Test
    void aNewStudyHasItsDefinitionAndNoData() {
        // when
        var study = aStudy().reading(RETENTION, ACQUISITION_COST)
                .forSegment("families")
                .targeting(Set.of(new TouchpointId("home-delivery")), Set.of(new CommitmentReference("c-42")))
                .build();

        // then
        assertThat(study.definition().metrics()).containsExactly(RETENTION, ACQUISITION_COST);
        assertThat(study.definition().exposedSegment()).isPresent();
        assertThat(study.definition().targetedTouchpoints()).containsExactly(new TouchpointId("home-delivery"));
        assertThat(study.data("RETENTION", EXPOSED)).isEmpty();
        assertThat(study.observationBatches()).isEmpty();
        assertThat(study.summaries()).isEmpty();
    }

    @Test
    void aStudyReadsAtLeastOneMetric() {
        assertRefused(() -> StudyDefinition.of("x", period(), List.of()), "NO_METRICS", "metrics");
    }

    @Test
    void aStudyReadsEachMetricOnce() {
        assertRefused(
                () -> StudyDefinition.of("x", period(), List.of(RETENTION, ACQUISITION_COST, RETENTION)),
                "DUPLICATE_METRIC",
                "metrics[2].code");
    }

    @Test
    void aStudyNamesItsInitiative() {
        assertRefused(() -> StudyDefinition.of("   ", period(), List.of(RETENTION)), "BLANK", "initiative");
    }

    @Test
    void observationBatchesAddUp() {
        // given
        var study = aStudy().reading(RETENTION).build();

        // when
        var first = study.recordObservations("RETENTION", EXPOSED, BATCH_1, RateObservations.ofZeroOne(1, 0, 1));
        var second = study.recordObservations("RETENTION", EXPOSED, BATCH_2, RateObservations.ofZeroOne(1, 1));

        // then
        assertThat(first).isEqualTo(new RecordOutcome.Recorded(BATCH_1, 3));
        assertThat(second).isEqualTo(new RecordOutcome.Recorded(BATCH_2, 2));
        assertThat(study.data("RETENTION", EXPOSED).map(GroupData::summary)).contains(new RateSummary(5, 4));
    }

    @Test
    void replayingABatchChangesNothing() {
        // given
        var study = aStudy().reading(RETENTION).build();
        study.recordObservations("RETENTION", EXPOSED, BATCH_1, RateObservations.ofZeroOne(1, 0, 1));

        // when
        var replay = study.recordObservations("RETENTION", EXPOSED, BATCH_1, RateObservations.ofZeroOne(1, 0, 1));

        // then
        assertThat(replay).isEqualTo(new RecordOutcome.AlreadyRecorded(BATCH_1));
        assertThat(study.data("RETENTION", EXPOSED).map(GroupData::n)).contains(3L);
    }

    @Test
    void aBatchIdReusedWithOtherContentIsAConflict() {
        // given
        var study = aStudy().reading(RETENTION).build();
        study.recordObservations("RETENTION", EXPOSED, BATCH_1, RateObservations.ofZeroOne(1, 0, 1));

        // then
        assertConflict(
                () -> study.recordObservations("RETENTION", CONTROL, BATCH_1, RateObservations.ofZeroOne(1, 0, 1)),
                "BATCH_CONTENT_CONFLICT",
                "batchId");
    }

    @Test
    void anEmptyBatchIsRefused() {
        var study = aStudy().reading(RETENTION).build();

        assertRefused(
                () -> study.recordObservations("RETENTION", EXPOSED, BATCH_1, RateObservations.ofZeroOne()),
                "EMPTY_BATCH",
                "observations");
    }

    @Test
    void aSummaryOnTopOfObservationsIsRefused() {
        // given
        var study = aStudy().reading(ACQUISITION_COST).build();
        study.recordObservations("ACQUISITION_COST", EXPOSED, BATCH_1, ContinuousObservations.of(40, 42));

        // then
        assertConflict(
                () -> study.recordSummary("ACQUISITION_COST", EXPOSED, new ContinuousSummary(100, 41, 3)),
                "MIXED_DATA_ROUTES",
                "summary");
    }

    @Test
    void observationsOnTopOfASummaryAreRefused() {
        // given
        var study = aStudy().reading(RETENTION).build();
        study.recordSummary("RETENTION", CONTROL, new RateSummary(200, 80));

        // then
        assertConflict(
                () -> study.recordObservations("RETENTION", CONTROL, BATCH_1, RateObservations.ofZeroOne(1)),
                "MIXED_DATA_ROUTES",
                "observations");
    }

    @Test
    void eachGroupMayUseItsOwnRoute() {
        // given
        var study = aStudy().reading(RETENTION).build();

        // when
        study.recordSummary("RETENTION", CONTROL, new RateSummary(200, 80));
        study.recordObservations("RETENTION", EXPOSED, BATCH_1, RateObservations.ofZeroOne(1, 1, 0));

        // then
        assertThat(study.data("RETENTION", CONTROL)).contains(new RateSummary(200, 80));
        assertThat(study.data("RETENTION", EXPOSED).map(GroupData::route)).contains(DataRoute.OBSERVATIONS);
    }

    @Test
    void aNewSummaryReplacesThePreviousOne() {
        // given
        var study = aStudy().reading(RETENTION).build();
        study.recordSummary("RETENTION", CONTROL, new RateSummary(200, 80));

        // when
        study.recordSummary("RETENTION", CONTROL, new RateSummary(210, 84));

        // then
        assertThat(study.data("RETENTION", CONTROL)).contains(new RateSummary(210, 84));
        assertThat(study.summaries()).hasSize(1);
    }

    @Test
    void discardingDataAllowsSwitchingRoutes() {
        // given
        var study = aStudy().reading(RETENTION).build();
        study.recordObservations("RETENTION", EXPOSED, BATCH_1, RateObservations.ofZeroOne(1, 0));

        // when
        study.discardData("RETENTION", EXPOSED);
        study.recordSummary("RETENTION", EXPOSED, new RateSummary(300, 150));

        // then
        assertThat(study.data("RETENTION", EXPOSED)).contains(new RateSummary(300, 150));
        assertThat(study.observationBatches()).isEmpty();
    }

    @Test
    void dataOfTheWrongKindIsRefused() {
        var study = aStudy().reading(RETENTION, ACQUISITION_COST).build();

        assertRefused(
                () -> study.recordSummary("RETENTION", EXPOSED, new ContinuousSummary(10, 0.5, 0.1)),
                "DATA_KIND_MISMATCH",
                "summary");
        assertRefused(
                () -> study.recordObservations("ACQUISITION_COST", EXPOSED, BATCH_1, RateObservations.ofZeroOne(1)),
                "DATA_KIND_MISMATCH",
                "observations");
    }

    @Test
    void aMetricTheStudyDoesNotReadIsNotFound() {
        var study = aStudy().reading(RETENTION).build();

        assertThatThrownBy(() -> study.recordSummary("UPSELL", EXPOSED, new RateSummary(10, 4)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.reason()).isEqualTo("UNKNOWN_METRIC");
                    assertThat(e.field()).hasValue("metric");
                });
    }

    @Test
    void aStudyOfAnotherTenantIsNotFound() {
        var study = aStudy().build();

        study.ensureVisibleTo(ImpactStudyBuilder.TENANT);
        assertThatThrownBy(() -> study.ensureVisibleTo(new TenantId("tenant-b")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.reason()).isEqualTo("IMPACT_STUDY_NOT_FOUND");
                    assertThat(e.field()).hasValue("impactStudyId");
                });
    }

    @Test
    void resultsComeOnePerMetricInTheOrderOfTheDefinition() {
        // given: retention fully recorded (the published 168/300 against 96/200 example), cost only for one group
        var study = aStudy().reading(RETENTION, ACQUISITION_COST).build();
        study.recordSummary("RETENTION", EXPOSED, new RateSummary(300, 168));
        study.recordSummary("RETENTION", CONTROL, new RateSummary(200, 96));
        study.recordSummary("ACQUISITION_COST", EXPOSED, new ContinuousSummary(40, 35.5, 6.2));

        // when
        var results = study.results();

        // then
        assertThat(results).extracting(ImpactResult::metric).containsExactly(RETENTION, ACQUISITION_COST);
        assertThat(results.get(0))
                .isInstanceOfSatisfying(
                        ImpactResult.Tested.class,
                        r -> assertThat(r.statistic()).isCloseTo(1.755466917550216, within(1e-12)));
        assertThat(results.get(1)).isInstanceOfSatisfying(ImpactResult.NotEnoughData.class, r -> {
            assertThat(r.reason()).isEqualTo(InsufficiencyReason.GROUP_TOO_SMALL);
            assertThat(r.controlSize()).isZero();
            assertThat(r.exposedMean()).hasValue(35.5);
        });
    }

    @Test
    void aRestoredStudyHoldsTheSameDataAndResults() {
        // given
        var study = aStudy().reading(RETENTION, ACQUISITION_COST).build();
        study.recordObservations(
                "RETENTION", EXPOSED, BATCH_1, RateObservations.ofZeroOne(1, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1));
        study.recordSummary("RETENTION", CONTROL, new RateSummary(14, 5));
        study.recordObservations("ACQUISITION_COST", CONTROL, BATCH_2, ContinuousObservations.of(45, 52.5, 39));

        // when
        var restored = ImpactStudy.restore(
                study.id(),
                study.tenantId(),
                study.brandId(),
                study.definition(),
                study.observationBatches(),
                study.summaries(),
                Version.of(3));

        // then
        assertThat(restored.version()).isEqualTo(Version.of(3));
        assertThat(restored.observationCount()).isEqualTo(15);
        assertThat(restored.observationBatches()).isEqualTo(study.observationBatches());
        assertThat(restored.summaries()).isEqualTo(study.summaries());
        assertThat(restored.results()).isEqualTo(study.results());
    }

    @Test
    void restoringInconsistentDataFailsInsteadOfBuildingAHalfValidStudy() {
        var definition = aStudy().reading(RETENTION).definition();
        var batch = new ObservationBatch(BATCH_1, "RETENTION", EXPOSED, RateObservations.ofZeroOne(1));
        var summary = new SummaryRecord("RETENTION", EXPOSED, new RateSummary(10, 3));

        assertConflict(
                () -> ImpactStudy.restore(
                        new ImpactStudyId("s"),
                        ImpactStudyBuilder.TENANT,
                        ImpactStudyBuilder.BRAND,
                        definition,
                        List.of(batch),
                        List.of(summary),
                        Version.of(1)),
                "MIXED_DATA_ROUTES",
                "summary");
    }

    @Test
    void anExposedSegmentIsOptional() {
        assertThat(StudyDefinition.of("x", period(), List.of(RETENTION)).exposedSegment())
                .isEqualTo(Optional.empty());
    }

    private static StudyPeriod period() {
        return new StudyPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
    }

    private static void assertConflict(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String reason, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.field()).hasValue(field);
        });
    }
}
