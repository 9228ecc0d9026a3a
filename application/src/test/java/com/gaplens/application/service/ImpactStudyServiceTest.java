package com.gaplens.application.service;

import static com.gaplens.application.service.CatalogueHarness.valueNamed;
import static com.gaplens.domain.testdata.CommitmentBuilder.aCommitment;
import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.application.listing.ImpactStudyFilter;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.in.DefineImpactStudyUseCase.DefineImpactStudyCommand;
import com.gaplens.application.port.in.DiscardImpactDataUseCase.DiscardImpactDataCommand;
import com.gaplens.application.port.in.DraftTargetExperienceUseCase.DraftTargetExperienceCommand;
import com.gaplens.application.port.in.GetImpactResultsUseCase.GetImpactResultsQuery;
import com.gaplens.application.port.in.ListImpactStudiesUseCase.ListImpactStudiesQuery;
import com.gaplens.application.port.in.RecordImpactObservationsUseCase.RecordImpactObservationsCommand;
import com.gaplens.application.port.in.RecordImpactSummaryUseCase.RecordImpactSummaryCommand;
import com.gaplens.application.port.out.ImpactStudyRepository;
import com.gaplens.application.port.out.fake.InMemoryImpactStudyRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.impact.CommitmentReference;
import com.gaplens.domain.impact.ContinuousObservations;
import com.gaplens.domain.impact.ContinuousSummary;
import com.gaplens.domain.impact.ImpactMetric;
import com.gaplens.domain.impact.ImpactResult;
import com.gaplens.domain.impact.ImpactStudy;
import com.gaplens.domain.impact.ImpactStudyId;
import com.gaplens.domain.impact.ObservationBatchId;
import com.gaplens.domain.impact.Observations;
import com.gaplens.domain.impact.RateObservations;
import com.gaplens.domain.impact.RateSummary;
import com.gaplens.domain.impact.RecordOutcome;
import com.gaplens.domain.impact.StudyDefinition;
import com.gaplens.domain.impact.StudyGroup;
import com.gaplens.domain.impact.StudyPeriod;
import com.gaplens.domain.impact.Verdict;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.testdata.TestIds;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImpactStudyServiceTest {

    private static final TenantId TENANT = TestIds.TENANT_A;
    private static final StudyPeriod Q1 = new StudyPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));

    private final CatalogueHarness app = new CatalogueHarness();
    private final InMemoryImpactStudyRepository repository = new InMemoryImpactStudyRepository();
    private ImpactStudyService service = service(repository, ImpactLimits.defaults());
    private Brand brand;

    private ImpactStudyService service(ImpactStudyRepository studies, ImpactLimits limits) {
        return new ImpactStudyService(
                studies,
                app.brandRepository,
                app.segmentRepository,
                app.touchpointRepository,
                app.targetRepository,
                app.ids,
                limits);
    }

    @BeforeEach
    void aBrand() {
        brand = app.brand(TENANT, "Maison Claire", "Simplicity");
    }

    private ImpactStudy define(StudyDefinition definition) {
        return service.defineImpactStudy(new DefineImpactStudyCommand(TENANT, brand.id(), definition));
    }

    private ImpactStudy costAndRetention() {
        return define(StudyDefinition.of(
                "Same-day delivery", Q1, List.of(ImpactMetric.ACQUISITION_COST, ImpactMetric.RETENTION)));
    }

    private RecordOutcome observe(ImpactStudy study, String metric, StudyGroup group, String batch, Observations o) {
        return service.recordImpactObservations(new RecordImpactObservationsCommand(
                TENANT, study.id(), metric, group, new ObservationBatchId(batch), o));
    }

    private ImpactStudy summarise(
            ImpactStudy study, String metric, StudyGroup group, com.gaplens.domain.impact.Summary s) {
        return service.recordImpactSummary(new RecordImpactSummaryCommand(TENANT, study.id(), metric, group, s));
    }

    private List<ImpactResult> results(ImpactStudy study) {
        return service.getImpactResults(new GetImpactResultsQuery(TENANT, study.id()))
                .results();
    }

    @Test
    void aStudyLinkedToTheBrandsSegmentTouchpointsAndCommitmentsIsDefinedAndStored() {
        // given
        var segment = app.segment(TENANT, brand.id(), "Families");
        var checkout = app.touchpoint(TENANT, brand.id(), "Checkout", JourneyPhase.PURCHASE, Channel.STORE);
        var target = app.targets.draftTargetExperience(new DraftTargetExperienceCommand(
                TENANT,
                brand.id(),
                List.of(aCommitment()
                        .embodying(valueNamed(brand, "Simplicity"))
                        .on(ExperienceVariable.USE_EASY)
                        .level(80)
                        .draft())));
        CommitmentId commitment = target.draft().getFirst().id();

        // when
        var study = define(new StudyDefinition(
                "Same-day delivery",
                Q1,
                List.of(ImpactMetric.RETENTION),
                Optional.of(segment.id()),
                Set.of(checkout.id()),
                Set.of(new CommitmentReference(commitment.value()))));

        // then
        var found = repository.find(TENANT, study.id()).orElseThrow();
        assertThat(found.brandId()).isEqualTo(brand.id());
        assertThat(found.definition().targetedTouchpoints()).containsExactly(checkout.id());
        assertThat(found.definition().targetedCommitments())
                .containsExactly(new CommitmentReference(commitment.value()));
        assertThat(found.definition().exposedSegment()).contains(segment.id());
    }

    @Test
    void linksToAnotherBrandsObjectsOrToNothingAreRefusedWithTheFieldToBlame() {
        var other = app.brand(TENANT, "Other", "Speed");
        var theirs = app.touchpoint(TENANT, other.id(), "Their desk", JourneyPhase.PURCHASE, Channel.STORE);
        var theirSegment = app.segment(TENANT, other.id(), "Theirs");
        var mine = app.touchpoint(TENANT, brand.id(), "Checkout", JourneyPhase.PURCHASE, Channel.STORE);

        assertFails(
                () -> define(new StudyDefinition(
                        "x",
                        Q1,
                        List.of(ImpactMetric.RETENTION),
                        Optional.empty(),
                        orderedSet(mine.id(), theirs.id()),
                        Set.of())),
                InvalidInputException.class,
                "UNKNOWN_TOUCHPOINT",
                "targetedTouchpointIds[1]");
        assertFails(
                () -> define(new StudyDefinition(
                        "x", Q1, List.of(ImpactMetric.RETENTION), Optional.of(theirSegment.id()), Set.of(), Set.of())),
                InvalidInputException.class,
                "UNKNOWN_SEGMENT",
                "exposedSegmentId");
        assertFails(
                () -> define(new StudyDefinition(
                        "x",
                        Q1,
                        List.of(ImpactMetric.RETENTION),
                        Optional.empty(),
                        Set.of(),
                        Set.of(new CommitmentReference("no-such")))),
                InvalidInputException.class,
                "UNKNOWN_COMMITMENT",
                "targetedCommitmentIds[0]");
        assertFails(
                () -> service.defineImpactStudy(new DefineImpactStudyCommand(
                        TestIds.TENANT_B, brand.id(), StudyDefinition.of("x", Q1, List.of(ImpactMetric.RETENTION)))),
                NotFoundException.class,
                "BRAND_NOT_FOUND",
                "brandId");
        assertThat(repository
                        .list(TENANT, ImpactStudyFilter.all(), PageRequest.first(10))
                        .items())
                .isEmpty();
    }

    @Test
    void aReplayedBatchIsRecordedOnceAndOtherContentUnderItsIdIsAConflict() {
        var study = costAndRetention();

        var first = observe(study, "RETENTION", StudyGroup.EXPOSED, "wave-1", RateObservations.ofZeroOne(1, 0, 1));
        var replay = observe(study, "RETENTION", StudyGroup.EXPOSED, "wave-1", RateObservations.ofZeroOne(1, 0, 1));

        assertThat(first).isEqualTo(new RecordOutcome.Recorded(new ObservationBatchId("wave-1"), 3));
        assertThat(replay).isEqualTo(new RecordOutcome.AlreadyRecorded(new ObservationBatchId("wave-1")));
        assertFails(
                () -> observe(study, "RETENTION", StudyGroup.EXPOSED, "wave-1", RateObservations.ofZeroOne(1, 1, 1)),
                ConflictException.class,
                "BATCH_CONTENT_CONFLICT",
                "batchId");
        var stored = repository.find(TENANT, study.id()).orElseThrow();
        assertThat(stored.observationCount()).isEqualTo(3);
        assertThat(stored.version().value()).isEqualTo(2);
    }

    @Test
    void aSummaryOnTopOfObservationsForOneGroupAndMetricIsRefused() {
        var study = costAndRetention();
        observe(study, "ACQUISITION_COST", StudyGroup.CONTROL, "b-1", ContinuousObservations.of(45, 52.5));

        assertFails(
                () -> summarise(study, "ACQUISITION_COST", StudyGroup.CONTROL, new ContinuousSummary(11, 47, 5)),
                ConflictException.class,
                "MIXED_DATA_ROUTES",
                "summary");
        // the other group may take the other route
        summarise(study, "ACQUISITION_COST", StudyGroup.EXPOSED, new ContinuousSummary(9, 37.8, 2.3));
    }

    @Test
    void discardingASlotLetsItSwitchRoutesAndDiscardingNothingChangesNothing() {
        var study = costAndRetention();
        observe(study, "RETENTION", StudyGroup.EXPOSED, "b-1", RateObservations.ofZeroOne(1, 0, 1));

        var emptied = service.discardImpactData(
                new DiscardImpactDataCommand(TENANT, study.id(), "RETENTION", StudyGroup.EXPOSED));
        var unchanged = service.discardImpactData(
                new DiscardImpactDataCommand(TENANT, study.id(), "RETENTION", StudyGroup.CONTROL));
        var summarised = summarise(study, "RETENTION", StudyGroup.EXPOSED, new RateSummary(10, 4));

        assertThat(emptied.version().value()).isEqualTo(3);
        assertThat(unchanged.version().value()).isEqualTo(3);
        assertThat(summarised.observationBatches()).isEmpty();
        assertThat(summarised.data("RETENTION", StudyGroup.EXPOSED)).contains(new RateSummary(10, 4));
    }

    @Test
    void summariesAndPerCustomerObservationsOfTheSameDataGiveTheSameResults() {
        // given the cost data of ImpactAnalysisTest (by hand: n = 9, mean 227/6, s² = 5.5; n = 11, mean 521/11,
        // s² = 2943/110) once as observations and once as summaries
        var observed = costAndRetention();
        observe(
                observed,
                "ACQUISITION_COST",
                StudyGroup.EXPOSED,
                "e",
                ContinuousObservations.of(38.0, 41.5, 35.0, 39.5, 36.0, 40.0, 37.5, 34.5, 38.5));
        observe(
                observed,
                "ACQUISITION_COST",
                StudyGroup.CONTROL,
                "c",
                ContinuousObservations.of(45.0, 52.5, 39.0, 48.0, 55.5, 43.0, 50.0, 47.5, 41.0, 53.0, 46.5));
        var summarised = costAndRetention();
        summarise(
                summarised,
                "ACQUISITION_COST",
                StudyGroup.EXPOSED,
                new ContinuousSummary(9, 227.0 / 6, Math.sqrt(5.5)));
        summarise(
                summarised,
                "ACQUISITION_COST",
                StudyGroup.CONTROL,
                new ContinuousSummary(11, 521.0 / 11, Math.sqrt(2943.0 / 110)));

        // when
        var fromObservations = (ImpactResult.Tested) results(observed).getFirst();
        var fromSummaries = (ImpactResult.Tested) results(summarised).getFirst();

        // then: SciPy 1.17.1 ttest_ind(equal_var=False): t = −5.463001167055723, p = 7.35954462887976e-05
        for (var result : List.of(fromObservations, fromSummaries)) {
            assertThat(result.statistic()).isCloseTo(-5.463001167055723, within(1e-9));
            assertThat(result.pValue()).isCloseTo(7.35954462887976e-05, within(1e-12));
            assertThat(result.verdict()).isEqualTo(Verdict.IMPROVEMENT);
        }
        assertThat(fromObservations.degreesOfFreedom().getAsDouble())
                .isCloseTo(fromSummaries.degreesOfFreedom().getAsDouble(), within(1e-9));
        // and retention, with no data, says so
        assertThat(results(observed).get(1)).isInstanceOf(ImpactResult.NotEnoughData.class);
    }

    @Test
    void anotherTenantsStudyIsNotFoundForReadingOrRecording() {
        var study = costAndRetention();

        assertFails(
                () -> service.getImpactResults(new GetImpactResultsQuery(TestIds.TENANT_B, study.id())),
                NotFoundException.class,
                "IMPACT_STUDY_NOT_FOUND",
                "studyId");
        assertFails(
                () -> service.recordImpactSummary(new RecordImpactSummaryCommand(
                        TestIds.TENANT_B, study.id(), "RETENTION", StudyGroup.EXPOSED, new RateSummary(10, 5))),
                NotFoundException.class,
                "IMPACT_STUDY_NOT_FOUND",
                "studyId");
        assertThat(repository.find(TENANT, study.id()).orElseThrow().summaries())
                .isEmpty();
    }

    @Test
    void anUnknownMetricIsNotFound() {
        var study = costAndRetention();

        assertFails(
                () -> summarise(study, "UPSELL", StudyGroup.EXPOSED, new RateSummary(10, 5)),
                NotFoundException.class,
                "UNKNOWN_METRIC",
                "metric");
    }

    @Test
    void batchesAndStudiesAreBoundedAndTheBoundsWriteNothing() {
        service = service(repository, new ImpactLimits(3, 5));
        var study = costAndRetention();
        observe(study, "RETENTION", StudyGroup.EXPOSED, "b-1", RateObservations.ofZeroOne(1, 0, 1));

        assertFails(
                () -> observe(study, "RETENTION", StudyGroup.EXPOSED, "b-2", RateObservations.ofZeroOne(1, 0, 1, 1)),
                InvalidInputException.class,
                "BATCH_TOO_LARGE",
                "observations");
        assertFails(
                () -> observe(study, "RETENTION", StudyGroup.CONTROL, "b-3", RateObservations.ofZeroOne(1, 0, 1)),
                InvalidInputException.class,
                "STUDY_TOO_LARGE",
                "observations");
        assertThat(repository.find(TENANT, study.id()).orElseThrow().observationCount())
                .isEqualTo(3);
    }

    @Test
    void aWriterWhoLosesARaceReadsAgainAndBothBatchesCount() {
        // given a store where another writer records a batch between our read and our save, once
        var racing = new ImpactStudyRepository() {
            private boolean raced;

            @Override
            public Optional<ImpactStudy> find(TenantId tenant, ImpactStudyId id) {
                return repository.find(tenant, id);
            }

            @Override
            public com.gaplens.application.listing.Page<ImpactStudy> list(
                    TenantId tenant, ImpactStudyFilter filter, PageRequest page) {
                return repository.list(tenant, filter, page);
            }

            @Override
            public ImpactStudy save(TenantId tenant, ImpactStudy study) {
                if (!raced && !study.version().isNew()) {
                    raced = true;
                    var theirs = repository.find(tenant, study.id()).orElseThrow();
                    theirs.recordObservations(
                            "RETENTION",
                            StudyGroup.CONTROL,
                            new ObservationBatchId("theirs"),
                            RateObservations.ofZeroOne(0, 0));
                    repository.save(tenant, theirs);
                }
                return repository.save(tenant, study);
            }
        };
        service = service(racing, ImpactLimits.defaults());
        var study = costAndRetention();

        // when
        var outcome = observe(study, "RETENTION", StudyGroup.EXPOSED, "ours", RateObservations.ofZeroOne(1, 1, 1));

        // then
        assertThat(outcome).isEqualTo(new RecordOutcome.Recorded(new ObservationBatchId("ours"), 3));
        var stored = repository.find(TENANT, study.id()).orElseThrow();
        assertThat(stored.observationBatches()).extracting(b -> b.id().value()).containsExactly("theirs", "ours");
        assertThat(stored.version().value()).isEqualTo(3);
    }

    @Test
    void aWriterWhoLosesEveryRaceIsToldTheStudyIsBusyAndNothingOfItsBatchIsWritten() {
        // given a store where another writer always saves first
        var alwaysRacing = new ImpactStudyRepository() {
            private int others;

            @Override
            public Optional<ImpactStudy> find(TenantId tenant, ImpactStudyId id) {
                return repository.find(tenant, id);
            }

            @Override
            public com.gaplens.application.listing.Page<ImpactStudy> list(
                    TenantId tenant, ImpactStudyFilter filter, PageRequest page) {
                return repository.list(tenant, filter, page);
            }

            @Override
            public ImpactStudy save(TenantId tenant, ImpactStudy study) {
                if (!study.version().isNew()) {
                    var theirs = repository.find(tenant, study.id()).orElseThrow();
                    theirs.recordSummary("ACQUISITION_COST", StudyGroup.CONTROL, new ContinuousSummary(++others, 1, 0));
                    repository.save(tenant, theirs);
                }
                return repository.save(tenant, study);
            }
        };
        service = service(alwaysRacing, ImpactLimits.defaults());
        var study = costAndRetention();

        // when / then
        assertFails(
                () -> observe(study, "RETENTION", StudyGroup.EXPOSED, "ours", RateObservations.ofZeroOne(1, 1, 1)),
                ConflictException.class,
                "STUDY_BUSY",
                "studyId");
        var stored = repository.find(TENANT, study.id()).orElseThrow();
        assertThat(stored.observationBatches()).isEmpty();
        assertThat(stored.version().value()).isEqualTo(1 + ImpactStudyService.ATTEMPTS);
    }

    @Test
    void studiesAreListedForTheTenantAndBrand() {
        var first = costAndRetention();
        var other = app.brand(TENANT, "Other", "Speed");
        service.defineImpactStudy(new DefineImpactStudyCommand(
                TENANT, other.id(), StudyDefinition.of("Theirs", Q1, List.of(ImpactMetric.UPSELL))));

        var ofBrand = service.listImpactStudies(new ListImpactStudiesQuery(
                TENANT, new ImpactStudyFilter(Optional.of(brand.id())), PageRequest.first(10)));
        var ofOtherTenant = service.listImpactStudies(
                new ListImpactStudiesQuery(TestIds.TENANT_B, ImpactStudyFilter.all(), PageRequest.first(10)));

        assertThat(ofBrand.items()).extracting(ImpactStudy::id).containsExactly(first.id());
        assertThat(ofOtherTenant.items()).isEmpty();
    }

    private static Set<TouchpointId> orderedSet(TouchpointId... ids) {
        return new java.util.LinkedHashSet<>(List.of(ids));
    }
}
