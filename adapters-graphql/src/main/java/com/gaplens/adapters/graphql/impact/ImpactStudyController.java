package com.gaplens.adapters.graphql.impact;

import static com.gaplens.adapters.graphql.support.Inputs.under;

import com.gaplens.adapters.graphql.impact.ImpactViews.BatchStatus;
import com.gaplens.adapters.graphql.impact.ImpactViews.ObservationsOutcomeView;
import com.gaplens.adapters.graphql.impact.ImpactViews.StudyView;
import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.application.listing.ImpactStudyFilter;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.in.DefineImpactStudyUseCase;
import com.gaplens.application.port.in.DefineImpactStudyUseCase.DefineImpactStudyCommand;
import com.gaplens.application.port.in.DiscardImpactDataUseCase;
import com.gaplens.application.port.in.DiscardImpactDataUseCase.DiscardImpactDataCommand;
import com.gaplens.application.port.in.GetImpactResultsUseCase;
import com.gaplens.application.port.in.GetImpactResultsUseCase.GetImpactResultsQuery;
import com.gaplens.application.port.in.ListImpactStudiesUseCase;
import com.gaplens.application.port.in.ListImpactStudiesUseCase.ListImpactStudiesQuery;
import com.gaplens.application.port.in.RecordImpactObservationsUseCase;
import com.gaplens.application.port.in.RecordImpactObservationsUseCase.RecordImpactObservationsCommand;
import com.gaplens.application.port.in.RecordImpactSummaryUseCase;
import com.gaplens.application.port.in.RecordImpactSummaryUseCase.RecordImpactSummaryCommand;
import com.gaplens.domain.impact.CommitmentReference;
import com.gaplens.domain.impact.ContinuousObservations;
import com.gaplens.domain.impact.ContinuousSummary;
import com.gaplens.domain.impact.Direction;
import com.gaplens.domain.impact.ImpactMetric;
import com.gaplens.domain.impact.MetricKind;
import com.gaplens.domain.impact.ObservationBatchId;
import com.gaplens.domain.impact.Observations;
import com.gaplens.domain.impact.RateObservations;
import com.gaplens.domain.impact.RateSummary;
import com.gaplens.domain.impact.RecordOutcome;
import com.gaplens.domain.impact.StudyDefinition;
import com.gaplens.domain.impact.StudyGroup;
import com.gaplens.domain.impact.StudyPeriod;
import com.gaplens.domain.impact.Summary;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Impact studies: defined by ADMIN, fed by WRITER, read by READER. */
@Controller
class ImpactStudyController {

    record StudyPeriodInput(LocalDate from, LocalDate to) {}

    record ImpactMetricInput(String code, MetricKind kind, Direction direction) {}

    record DefineImpactStudyInput(
            String brandId,
            String initiative,
            StudyPeriodInput period,
            List<ImpactMetricInput> metrics,
            String exposedSegmentId,
            List<String> targetedTouchpointIds,
            List<String> targetedCommitmentIds) {}

    record ObservationsInput(List<Double> values, List<Integer> outcomes) {}

    record RecordImpactObservationsInput(
            String studyId, String metric, StudyGroup group, String batchId, ObservationsInput observations) {}

    record SummaryInput(Long n, Double mean, Double standardDeviation, Long successes) {}

    record RecordImpactSummaryInput(String studyId, String metric, StudyGroup group, SummaryInput summary) {}

    record DiscardImpactDataInput(String studyId, String metric, StudyGroup group) {}

    private final DefineImpactStudyUseCase define;
    private final RecordImpactObservationsUseCase observe;
    private final RecordImpactSummaryUseCase summarise;
    private final DiscardImpactDataUseCase discard;
    private final GetImpactResultsUseCase results;
    private final ListImpactStudiesUseCase list;

    ImpactStudyController(
            DefineImpactStudyUseCase define,
            RecordImpactObservationsUseCase observe,
            RecordImpactSummaryUseCase summarise,
            DiscardImpactDataUseCase discard,
            GetImpactResultsUseCase results,
            ListImpactStudiesUseCase list) {
        this.define = define;
        this.observe = observe;
        this.summarise = summarise;
        this.discard = discard;
        this.results = results;
        this.list = list;
    }

    @QueryMapping
    Page<StudyView> impactStudies(@Argument Integer first, @Argument String after, @Argument String brandId) {
        TenantId tenant = CurrentCaller.get().tenant();
        PageRequest page = PageRequest.of(Optional.ofNullable(first), Optional.ofNullable(after));
        ImpactStudyFilter filter =
                new ImpactStudyFilter(Optional.ofNullable(brandId).map(id -> GlobalIds.brand(id, "brandId")));
        return list.listImpactStudies(new ListImpactStudiesQuery(tenant, filter, page))
                .map(StudyView::of);
    }

    @QueryMapping
    StudyView impactStudy(@Argument String studyId) {
        TenantId tenant = CurrentCaller.get().tenant();
        return StudyView.of(
                results.getImpactResults(new GetImpactResultsQuery(tenant, GlobalIds.impactStudy(studyId, "studyId")))
                        .study());
    }

    @MutationMapping
    StudyView defineImpactStudy(@Argument DefineImpactStudyInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under("input", () -> {
            List<String> touchpointIds =
                    Optional.ofNullable(input.targetedTouchpointIds()).orElse(List.of());
            Set<TouchpointId> touchpoints = new LinkedHashSet<>();
            for (int i = 0; i < touchpointIds.size(); i++) {
                touchpoints.add(GlobalIds.touchpoint(touchpointIds.get(i), "targetedTouchpointIds[" + i + "]"));
            }
            List<String> commitmentIds =
                    Optional.ofNullable(input.targetedCommitmentIds()).orElse(List.of());
            Set<CommitmentReference> commitments = new LinkedHashSet<>();
            for (int i = 0; i < commitmentIds.size(); i++) {
                commitments.add(new CommitmentReference(
                        GlobalIds.commitment(commitmentIds.get(i), "targetedCommitmentIds[" + i + "]")
                                .value()));
            }
            StudyDefinition definition = new StudyDefinition(
                    input.initiative(),
                    new StudyPeriod(input.period().from(), input.period().to()),
                    metrics(input.metrics()),
                    Optional.ofNullable(input.exposedSegmentId()).map(id -> GlobalIds.segment(id, "exposedSegmentId")),
                    touchpoints,
                    commitments);
            return StudyView.of(define.defineImpactStudy(
                    new DefineImpactStudyCommand(tenant, GlobalIds.brand(input.brandId(), "brandId"), definition)));
        });
    }

    @MutationMapping
    ObservationsOutcomeView recordImpactObservations(@Argument RecordImpactObservationsInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under("input", () -> {
            Observations observations = under("observations", () -> observations(input.observations()));
            RecordOutcome outcome = observe.recordImpactObservations(new RecordImpactObservationsCommand(
                    tenant,
                    GlobalIds.impactStudy(input.studyId(), "studyId"),
                    input.metric(),
                    input.group(),
                    new ObservationBatchId(input.batchId()),
                    observations));
            return switch (outcome) {
                case RecordOutcome.Recorded recorded ->
                    new ObservationsOutcomeView(
                            recorded.batchId().value(), BatchStatus.RECORDED, recorded.observations());
                case RecordOutcome.AlreadyRecorded already ->
                    new ObservationsOutcomeView(already.batchId().value(), BatchStatus.ALREADY_RECORDED, 0);
            };
        });
    }

    @MutationMapping
    StudyView recordImpactSummary(@Argument RecordImpactSummaryInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under("input", () -> {
            Summary summary = under("summary", () -> summary(input.summary()));
            return StudyView.of(summarise.recordImpactSummary(new RecordImpactSummaryCommand(
                    tenant,
                    GlobalIds.impactStudy(input.studyId(), "studyId"),
                    input.metric(),
                    input.group(),
                    summary)));
        });
    }

    @MutationMapping
    StudyView discardImpactData(@Argument DiscardImpactDataInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> StudyView.of(discard.discardImpactData(new DiscardImpactDataCommand(
                        tenant, GlobalIds.impactStudy(input.studyId(), "studyId"), input.metric(), input.group()))));
    }

    /** Standard metrics by code (kind and direction optional, but never different); tenant metrics in full. */
    private static List<ImpactMetric> metrics(List<ImpactMetricInput> inputs) {
        Require.present(inputs, "metrics");
        List<ImpactMetric> metrics = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String path = "metrics[" + i + "]";
            ImpactMetricInput input = inputs.get(i);
            try {
                Optional<ImpactMetric> standard = ImpactMetric.standard(input.code());
                if (standard.isPresent()) {
                    metrics.add(new ImpactMetric(
                            input.code(),
                            Optional.ofNullable(input.kind())
                                    .orElse(standard.get().kind()),
                            Optional.ofNullable(input.direction())
                                    .orElse(standard.get().direction())));
                } else {
                    metrics.add(ImpactMetric.custom(
                            input.code(),
                            Require.present(input.kind(), "metric.kind"),
                            Require.present(input.direction(), "metric.direction")));
                }
            } catch (InvalidInputException e) {
                String field = e.field().orElse("metric.code").replace("metric.", "");
                throw new InvalidInputException(e.reason(), path + "." + field, e.getMessage());
            }
        }
        return metrics;
    }

    private static Observations observations(ObservationsInput input) {
        if (input.values() != null && input.outcomes() != null) {
            throw new InvalidInputException(
                    "ONE_KIND_OF_OBSERVATIONS",
                    null,
                    "give values (a continuous metric) or outcomes (a rate), not both");
        }
        if (input.values() != null) {
            return new ContinuousObservations(input.values());
        }
        if (input.outcomes() != null) {
            return RateObservations.ofZeroOne(
                    input.outcomes().stream().mapToInt(Integer::intValue).toArray());
        }
        throw new InvalidInputException("REQUIRED", null, "give values (a continuous metric) or outcomes (a rate)");
    }

    private static Summary summary(SummaryInput input) {
        long n = Require.present(input.n(), "n");
        if (input.successes() != null) {
            if (input.mean() != null || input.standardDeviation() != null) {
                throw new InvalidInputException(
                        "ONE_KIND_OF_SUMMARY",
                        null,
                        "a summary gives successes (a rate) or mean and standardDeviation (a continuous metric),"
                                + " not both");
            }
            return new RateSummary(n, input.successes());
        }
        return new ContinuousSummary(
                n,
                Require.present(input.mean(), "mean"),
                Require.present(input.standardDeviation(), "standardDeviation"));
    }
}
