package com.gaplens.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.MeasurementRepository.AwaitingJudgement;
import com.gaplens.application.port.out.MeasurementRepository.Changed;
import com.gaplens.application.port.out.MeasurementRepository.InsertReport;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.MeasurementRepository.Rejudged;
import com.gaplens.application.port.out.MeasurementRepository.Stored;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.EmotionReading;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.measurement.NormalisedReading;
import com.gaplens.domain.measurement.Reading;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MeasurementRepository} does. Extend it with a {@link #repository()} of the implementation. */
public abstract class MeasurementRepositoryContract {

    private static final Instant OBSERVED = Instant.parse("2026-03-14T09:26:53.589Z");
    private static final Instant RECORDED = Instant.parse("2026-03-14T10:00:00.123Z");

    protected final TenantId tenantA = new TenantId("t-" + UUID.randomUUID());
    protected final TenantId tenantB = new TenantId("t-" + UUID.randomUUID());

    private MeasurementRepository repository;

    /** A repository to test; may hold data of other tests. */
    protected abstract MeasurementRepository repository();

    @BeforeEach
    void aRepository() {
        repository = repository();
    }

    /** A single CSAT_5 answer of 4 at the store checkout: w = 1, x = 75, s = 0. */
    protected static RecordedMeasurement single(TenantId tenant, String externalId) {
        return new RecordedMeasurement(
                new Measurement(
                        tenant,
                        new ExternalId(externalId),
                        new BrandId("b-1"),
                        new TouchpointId("tp-1"),
                        ExperienceVariable.ACCESS_EASY,
                        Optional.empty(),
                        MeasurementMethod.OBSERVATION,
                        new ScaleCode("CSAT_5"),
                        new Reading.Single(4),
                        OBSERVED,
                        Optional.empty(),
                        Optional.empty(),
                        Audience.CUSTOMER),
                new NormalisedReading(1, 75, 0),
                JourneyPhase.PURCHASE,
                Channel.STORE,
                RECORDED,
                Judgement.UNPROMISED);
    }

    /** 120 NPS respondents averaging 20, sd 30, for a segment, with an emotion: w = 120, x = 60, s = 15. */
    protected static RecordedMeasurement aggregate(TenantId tenant, String externalId) {
        return new RecordedMeasurement(
                new Measurement(
                        tenant,
                        new ExternalId(externalId),
                        new BrandId("b-1"),
                        new TouchpointId("tp-2"),
                        ExperienceVariable.CUSTOMER_RELATIONSHIP_PLEASANT,
                        Optional.of(new SegmentId("s-1")),
                        MeasurementMethod.BAROMETER,
                        new ScaleCode("NPS"),
                        new Reading.Aggregate(20, 120, OptionalDouble.of(30)),
                        OBSERVED,
                        Optional.of(new EmotionReading(Emotion.TRUST, 0.25)),
                        Optional.of("wave 12"),
                        Audience.CUSTOMER),
                new NormalisedReading(120, 60, 15),
                JourneyPhase.AFTER_PURCHASE,
                Channel.PHONE,
                RECORDED,
                PROMISED);
    }

    /** The judgement of {@link #aggregate}: commitment c-1 of value v-1 promises 70. */
    protected static final Judgement PROMISED =
            new Judgement.Promised(new CommitmentId("c-1"), new BrandValueId("v-1"), new Score(70));

    private static final RollupToken T1 = new RollupToken("019b0000000a-0000000000000001");
    private static final RollupToken T2 = new RollupToken("019b0000000b-0000000000000002");
    private static final RollupToken T3 = new RollupToken("019b0000000c-0000000000000003");

    private static Set<ExternalId> ids(String... values) {
        return Stream.of(values).map(ExternalId::new).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void insertedMeasurementsAreFoundByExternalIdExactlyAsRecorded() {
        RecordedMeasurement one = single(tenantA, "m-1");
        RecordedMeasurement many = aggregate(tenantA, "survey/2026-03 #42 ");

        InsertReport report = repository.insertNew(tenantA, T1, List.of(one, many));

        assertThat(report.inserted()).isEqualTo(ids("m-1", "survey/2026-03 #42 "));
        assertThat(report.alreadyPresent()).isEmpty();
        Map<ExternalId, Measurement> found =
                repository.findByExternalIds(tenantA, ids("m-1", "survey/2026-03 #42 ", "m-404"));
        assertThat(found).containsOnlyKeys(ids("m-1", "survey/2026-03 #42 "));
        assertThat(found.get(new ExternalId("m-1")).sameContentAs(one.measurement()))
                .isTrue();
        assertThat(found.get(new ExternalId("survey/2026-03 #42 ")).sameContentAs(many.measurement()))
                .isTrue();
    }

    @Test
    void everythingRecordedBesideTheMeasurementIsKept() {
        repository.insertNew(tenantA, T1, List.of(single(tenantA, "m-1"), aggregate(tenantA, "m-2")));

        try (Stream<RecordedMeasurement> all = repository.streamAll(tenantA)) {
            assertThat(all.toList()).containsExactlyInAnyOrder(single(tenantA, "m-1"), aggregate(tenantA, "m-2"));
        }
        assertThat(repository.count(tenantA)).isEqualTo(2);
    }

    @Test
    void aStoredMeasurementIsNeverOverwrittenAndItsIdIsReportedPresent() {
        repository.insertNew(tenantA, T1, List.of(single(tenantA, "m-1")));
        RecordedMeasurement otherContent = aggregate(tenantA, "m-1");

        InsertReport report = repository.insertNew(tenantA, T1, List.of(otherContent, single(tenantA, "m-2")));

        assertThat(report.inserted()).isEqualTo(ids("m-2"));
        assertThat(report.alreadyPresent()).isEqualTo(ids("m-1"));
        assertThat(repository.findByExternalIds(tenantA, ids("m-1")).get(new ExternalId("m-1")))
                .isEqualTo(single(tenantA, "m-1").measurement());
        assertThat(repository.count(tenantA)).isEqualTo(2);
    }

    @Test
    void aLargeInsertReportsEveryStoredIdWhereverItStandsInTheBatch() {
        // an implementation may send a large insert in parts: the ids refused must be those stored, in any part
        repository.insertNew(
                tenantA, T1, List.of(single(tenantA, "m-0"), single(tenantA, "m-1999"), single(tenantA, "m-4999")));
        List<RecordedMeasurement> batch = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            batch.add(single(tenantA, "m-" + i));
        }

        InsertReport report = repository.insertNew(tenantA, T2, batch);

        assertThat(report.alreadyPresent()).isEqualTo(ids("m-0", "m-1999", "m-4999"));
        assertThat(report.inserted()).hasSize(4_997).doesNotContainAnyElementsOf(report.alreadyPresent());
        assertThat(repository.count(tenantA)).isEqualTo(5_000);
        assertThat(repository.tokens(tenantA, ids("m-0", "m-1", "m-2500", "m-4999")))
                .containsEntry(new ExternalId("m-0"), T1)
                .containsEntry(new ExternalId("m-1"), T2)
                .containsEntry(new ExternalId("m-2500"), T2)
                .containsEntry(new ExternalId("m-4999"), T1);
    }

    @Test
    void tenantsHaveTheirOwnExternalIds() {
        repository.insertNew(tenantA, T1, List.of(single(tenantA, "m-1")));

        InsertReport report = repository.insertNew(tenantB, T1, List.of(aggregate(tenantB, "m-1")));

        assertThat(report.inserted()).isEqualTo(ids("m-1"));
        assertThat(repository.findByExternalIds(tenantA, ids("m-1")).get(new ExternalId("m-1")))
                .isEqualTo(single(tenantA, "m-1").measurement());
        assertThat(repository.findByExternalIds(tenantB, ids("m-1")).get(new ExternalId("m-1")))
                .isEqualTo(aggregate(tenantB, "m-1").measurement());
        assertThat(repository.count(tenantA)).isEqualTo(1);
        try (Stream<RecordedMeasurement> all = repository.streamAll(tenantB)) {
            assertThat(all.toList()).containsExactly(aggregate(tenantB, "m-1"));
        }
    }

    @Test
    void aMeasurementOfAnotherTenantOrRepeatedIdsAreRefusedAndNothingIsWritten() {
        assertThatThrownBy(() ->
                        repository.insertNew(tenantA, T1, List.of(single(tenantA, "m-1"), single(tenantB, "m-2"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        repository.insertNew(tenantA, T1, List.of(single(tenantA, "m-1"), aggregate(tenantA, "m-1"))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(repository.count(tenantA)).isZero();
        assertThat(repository.count(tenantB)).isZero();
    }

    @Test
    void nothingToFindOrInsertIsNoWork() {
        assertThat(repository.findByExternalIds(tenantA, Set.of())).isEmpty();
        InsertReport report = repository.insertNew(tenantA, T1, List.of());
        assertThat(report.inserted()).isEmpty();
        assertThat(report.alreadyPresent()).isEmpty();
    }

    @Test
    void aLargeBatchIsInsertedWhole() {
        List<RecordedMeasurement> batch = java.util.stream.IntStream.range(0, 2_000)
                .mapToObj(i -> single(tenantA, "bulk-" + i))
                .toList();
        repository.insertNew(tenantA, T1, batch.subList(0, 500));

        InsertReport report = repository.insertNew(tenantA, T1, batch);

        assertThat(report.inserted()).hasSize(1_500);
        assertThat(report.alreadyPresent()).hasSize(500).contains(new ExternalId("bulk-0"), new ExternalId("bulk-499"));
        assertThat(repository.count(tenantA)).isEqualTo(2_000);
        assertThat(repository.findByExternalIds(tenantA, ids("bulk-0", "bulk-1999")))
                .hasSize(2);
    }

    @Test
    void eachMeasurementNamesTheChangeThatInsertedItUntilAnotherRenamesIt() {
        repository.insertNew(tenantA, T1, List.of(single(tenantA, "m-1"), aggregate(tenantA, "m-2")));
        repository.insertNew(tenantA, T2, List.of(single(tenantA, "m-3")));
        repository.insertNew(tenantB, T1, List.of(single(tenantB, "m-1")));

        assertThat(repository.tokens(tenantA, ids("m-1", "m-3", "m-404")))
                .isEqualTo(Map.of(new ExternalId("m-1"), T1, new ExternalId("m-3"), T2));
        assertThat(repository.changedBy(tenantA, T1))
                .containsExactlyInAnyOrder(
                        new Changed(single(tenantA, "m-1"), Optional.empty()),
                        new Changed(aggregate(tenantA, "m-2"), Optional.empty()));
        assertThat(repository.countChangedBy(tenantA, List.of(T1, T2))).isEqualTo(3);
        assertThat(repository.countChangedBy(tenantB, List.of(T2))).isZero();

        assertThat(repository.rename(tenantA, T1, T3)).isEqualTo(2);

        assertThat(repository.changedBy(tenantA, T1)).isEmpty();
        assertThat(repository.changedBy(tenantA, T3)).hasSize(2);
        assertThat(repository.changedBy(tenantB, T1))
                .as("another tenant's change of the same name is left alone")
                .hasSize(1);
    }

    @Test
    void measurementsGovernedByAPublicationAreMarkedThenMovedByTheChangeThatJudgesThemAnew() {
        RecordedMeasurement before = single(tenantA, "before");
        RecordedMeasurement segmented = aggregate(tenantA, "segmented");
        RecordedMeasurement otherTenant = aggregate(tenantB, "segmented");
        repository.insertNew(tenantA, T1, List.of(before, segmented));
        repository.insertNew(tenantB, T1, List.of(otherTenant));

        long marked =
                repository.markForRejudgement(tenantA, new BrandId("b-1"), Optional.of(new SegmentId("s-1")), OBSERVED);

        assertThat(marked).as("only the segment's measurements").isEqualTo(1);
        List<AwaitingJudgement> awaiting = repository.awaitingJudgement(tenantA, 10);
        assertThat(awaiting).extracting(AwaitingJudgement::measurement).containsExactly(segmented);
        assertThat(awaiting).extracting(AwaitingJudgement::token).containsExactly(T1);
        assertThat(repository.countAwaitingJudgement(tenantA)).isEqualTo(1);
        assertThat(repository.tenantsAwaitingJudgement()).contains(tenantA).doesNotContain(tenantB);
        assertThat(repository.awaitingJudgement(tenantB, 10)).isEmpty();
        assertThat(repository.markForRejudgement(tenantA, new BrandId("b-1"), Optional.empty(), OBSERVED.plusMillis(1)))
                .as("observed strictly before the start: not governed")
                .isZero();

        List<RecordedMeasurement> moved = repository.storeJudgements(
                tenantA, T2, List.of(new Rejudged(awaiting.getFirst(), Judgement.UNPROMISED)));

        assertThat(moved).containsExactly(segmented.judged(Judgement.UNPROMISED));
        assertThat(repository.awaitingJudgement(tenantA, 10)).isEmpty();
        assertThat(repository.changedBy(tenantA, T2))
                .as("named by the change that moved it, with the judgement it left")
                .containsExactly(new Changed(segmented.judged(Judgement.UNPROMISED), Optional.of(PROMISED)));
        try (Stream<RecordedMeasurement> all = repository.streamAll(tenantA)) {
            assertThat(all.toList()).containsExactlyInAnyOrder(before, segmented.judged(Judgement.UNPROMISED));
        }
        try (Stream<RecordedMeasurement> all = repository.streamAll(tenantB)) {
            assertThat(all.toList()).containsExactly(otherTenant);
        }
    }

    @Test
    void anUnchangedJudgementOnlyClearsTheMarkAndKeepsTheChange() {
        repository.insertNew(tenantA, T1, List.of(aggregate(tenantA, "m-1")));
        repository.markForRejudgement(tenantA, List.of(new ExternalId("m-1")));
        AwaitingJudgement read = repository.awaitingJudgement(tenantA, 10).getFirst();

        List<RecordedMeasurement> moved =
                repository.storeJudgements(tenantA, T2, List.of(new Rejudged(read, PROMISED)));

        assertThat(moved).isEmpty();
        assertThat(repository.countAwaitingJudgement(tenantA)).isZero();
        assertThat(repository.tokens(tenantA, ids("m-1"))).containsEntry(new ExternalId("m-1"), T1);
    }

    @Test
    void aJudgementReadBeforeAnotherWriterChangedTheMeasurementIsNotStored() {
        repository.insertNew(tenantA, T1, List.of(aggregate(tenantA, "renamed"), aggregate(tenantA, "marked-again")));
        repository.markForRejudgement(tenantA, List.of(new ExternalId("renamed"), new ExternalId("marked-again")));
        List<AwaitingJudgement> read = repository.awaitingJudgement(tenantA, 10);
        repository.rename(tenantA, T1, T3);
        repository.markForRejudgement(tenantA, List.of(new ExternalId("marked-again")));

        List<RecordedMeasurement> moved = repository.storeJudgements(
                tenantA,
                T2,
                read.stream().map(r -> new Rejudged(r, Judgement.UNPROMISED)).toList());

        assertThat(moved)
                .as("both changed since read: one renamed, one marked again")
                .isEmpty();
        assertThat(repository.countAwaitingJudgement(tenantA)).isEqualTo(2);
        assertThat(repository.changedBy(tenantA, T2)).isEmpty();
    }

    @Test
    void aBrandsMeasurementsAreReadMonthByMonthFindingTheNextMonthWithData() {
        repository.insertNew(tenantA, T1, List.of(single(tenantA, "march"), aggregate(tenantA, "march-too")));

        assertThat(repository.nextMonth(tenantA, new BrandId("b-1"), "1970-01", "2999-12"))
                .contains("2026-03");
        assertThat(repository.nextMonth(tenantA, new BrandId("b-1"), "2026-04", "2999-12"))
                .isEmpty();
        assertThat(repository.nextMonth(tenantA, new BrandId("b-2"), "1970-01", "2999-12"))
                .isEmpty();
        try (Stream<Stored> march = repository.observedIn(tenantA, new BrandId("b-1"), "2026-03")) {
            assertThat(march.toList())
                    .containsExactlyInAnyOrder(
                            new Stored(new Changed(single(tenantA, "march"), Optional.empty()), T1),
                            new Stored(new Changed(aggregate(tenantA, "march-too"), Optional.empty()), T1));
        }
        try (Stream<Stored> april = repository.observedIn(tenantA, new BrandId("b-1"), "2026-04")) {
            assertThat(april.toList()).isEmpty();
        }
    }
}
