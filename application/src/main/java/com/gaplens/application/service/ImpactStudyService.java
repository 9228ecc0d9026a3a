package com.gaplens.application.service;

import static com.gaplens.application.service.Lookups.found;

import com.gaplens.application.listing.Page;
import com.gaplens.application.port.in.DefineImpactStudyUseCase;
import com.gaplens.application.port.in.DiscardImpactDataUseCase;
import com.gaplens.application.port.in.GetImpactResultsUseCase;
import com.gaplens.application.port.in.ListImpactStudiesUseCase;
import com.gaplens.application.port.in.RecordImpactObservationsUseCase;
import com.gaplens.application.port.in.RecordImpactSummaryUseCase;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.IdGenerator;
import com.gaplens.application.port.out.ImpactStudyRepository;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.impact.CommitmentReference;
import com.gaplens.domain.impact.ImpactStudy;
import com.gaplens.domain.impact.ImpactStudyId;
import com.gaplens.domain.impact.RecordOutcome;
import com.gaplens.domain.impact.StudyDefinition;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Impact studies: defining them (ADMIN), recording and discarding their data (WRITER) and reading their results (READER).
 *
 * <p>Recording data reads the study, applies the data through the aggregate's rules and saves it at the version
 * read. When another writer saved in between ({@code STALE_VERSION}), it reads again and applies again, up to
 * {@value #ATTEMPTS} times: concurrent batches all count, and a batch replayed concurrently with itself is
 * recorded once (the second attempt finds it and answers "already recorded"). Each failed attempt means another
 * writer succeeded, so up to {@value #ATTEMPTS} writers at once always succeed; past that, a writer may get
 * {@code STUDY_BUSY} (a conflict on {@code studyId}) and replays its data.
 */
public final class ImpactStudyService
        implements DefineImpactStudyUseCase,
                RecordImpactObservationsUseCase,
                RecordImpactSummaryUseCase,
                DiscardImpactDataUseCase,
                GetImpactResultsUseCase,
                ListImpactStudiesUseCase {

    static final String NOT_FOUND = "IMPACT_STUDY_NOT_FOUND";
    static final int ATTEMPTS = 8;

    private final ImpactStudyRepository studies;
    private final BrandRepository brands;
    private final SegmentRepository segments;
    private final TouchpointRepository touchpoints;
    private final TargetExperienceRepository targets;
    private final IdGenerator ids;
    private final ImpactLimits limits;

    public ImpactStudyService(
            ImpactStudyRepository studies,
            BrandRepository brands,
            SegmentRepository segments,
            TouchpointRepository touchpoints,
            TargetExperienceRepository targets,
            IdGenerator ids,
            ImpactLimits limits) {
        this.studies = Require.present(studies, "studies");
        this.brands = Require.present(brands, "brands");
        this.segments = Require.present(segments, "segments");
        this.touchpoints = Require.present(touchpoints, "touchpoints");
        this.targets = Require.present(targets, "targets");
        this.ids = Require.present(ids, "ids");
        this.limits = Require.present(limits, "limits");
    }

    @Override
    public ImpactStudy defineImpactStudy(DefineImpactStudyCommand command) {
        TenantId tenant = command.tenant();
        Brand brand =
                found(brands.find(tenant, command.brandId()), BrandService.NOT_FOUND, "brandId", command.brandId());
        brand.requireUsable("brandId");
        StudyDefinition definition = command.definition();
        definition.exposedSegment().ifPresent(id -> {
            Segment segment = segments.find(tenant, id)
                    .filter(s -> s.brandId().equals(brand.id()))
                    .orElseThrow(() -> new InvalidInputException(
                            "UNKNOWN_SEGMENT", "exposedSegmentId", "brand " + brand.id() + " has no segment " + id));
            segment.requireUsable("exposedSegmentId");
        });
        Map<TouchpointId, Touchpoint> known = touchpoints.findAll(tenant, definition.targetedTouchpoints()).stream()
                .filter(t -> t.brandId().equals(brand.id()))
                .collect(Collectors.toMap(Touchpoint::id, Function.identity()));
        int i = 0;
        for (TouchpointId id : definition.targetedTouchpoints()) {
            String field = "targetedTouchpointIds[" + i++ + "]";
            if (!known.containsKey(id)) {
                throw new InvalidInputException(
                        "UNKNOWN_TOUCHPOINT", field, "brand " + brand.id() + " has no touchpoint " + id);
            }
        }
        if (!definition.targetedCommitments().isEmpty()) {
            Set<String> commitments =
                    targets
                            .findByBrand(tenant, brand.id())
                            .map(TargetExperience::knownCommitmentIds)
                            .orElse(Set.of())
                            .stream()
                            .map(c -> c.value())
                            .collect(Collectors.toSet());
            int j = 0;
            for (CommitmentReference reference : definition.targetedCommitments()) {
                String field = "targetedCommitmentIds[" + j++ + "]";
                if (!commitments.contains(reference.value())) {
                    throw new InvalidInputException(
                            "UNKNOWN_COMMITMENT",
                            field,
                            "the target experience of brand " + brand.id() + " has no commitment " + reference);
                }
            }
        }
        ImpactStudy study = ImpactStudy.create(new ImpactStudyId(ids.newId()), tenant, brand.id(), definition);
        return studies.save(tenant, study);
    }

    @Override
    public RecordOutcome recordImpactObservations(RecordImpactObservationsCommand command) {
        long size = command.observations().n();
        if (size > limits.maxBatchObservations()) {
            throw new InvalidInputException(
                    "BATCH_TOO_LARGE",
                    "observations",
                    "a batch holds at most " + limits.maxBatchObservations() + " observations, got " + size
                            + "; split it into several batches");
        }
        return withRetries(command.tenant(), command.studyId(), study -> {
            RecordOutcome outcome = study.recordObservations(
                    command.metric(), command.group(), command.batchId(), command.observations());
            if (outcome instanceof RecordOutcome.Recorded && study.observationCount() > limits.maxStudyObservations()) {
                throw new InvalidInputException(
                        "STUDY_TOO_LARGE",
                        "observations",
                        "a study holds at most " + limits.maxStudyObservations()
                                + " per-customer observations; record group summaries for larger populations");
            }
            return new Change<>(outcome instanceof RecordOutcome.Recorded, saved -> outcome);
        });
    }

    @Override
    public ImpactStudy recordImpactSummary(RecordImpactSummaryCommand command) {
        return withRetries(command.tenant(), command.studyId(), study -> {
            study.recordSummary(command.metric(), command.group(), command.summary());
            return new Change<>(true, saved -> saved);
        });
    }

    @Override
    public ImpactStudy discardImpactData(DiscardImpactDataCommand command) {
        return withRetries(command.tenant(), command.studyId(), study -> {
            boolean held = study.data(command.metric(), command.group()).isPresent();
            study.discardData(command.metric(), command.group());
            return new Change<>(held, stored -> stored);
        });
    }

    @Override
    public ImpactStudyResults getImpactResults(GetImpactResultsQuery query) {
        ImpactStudy study = existing(query.tenant(), query.studyId());
        return new ImpactStudyResults(study, study.results());
    }

    @Override
    public Page<ImpactStudy> listImpactStudies(ListImpactStudiesQuery query) {
        return studies.list(query.tenant(), query.filter(), query.page());
    }

    private ImpactStudy existing(TenantId tenant, ImpactStudyId id) {
        return found(studies.find(tenant, id), NOT_FOUND, "studyId", id);
    }

    private <T> T withRetries(TenantId tenant, ImpactStudyId id, Function<ImpactStudy, Change<T>> change) {
        for (int attempt = 1; ; attempt++) {
            ImpactStudy study = existing(tenant, id);
            Change<T> result = change.apply(study);
            if (!result.save()) {
                return result.answer().apply(study);
            }
            try {
                return result.answer().apply(studies.save(tenant, study));
            } catch (ConflictException e) {
                if (!e.reason().equals(Version.STALE_VERSION)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new ConflictException(
                            "STUDY_BUSY",
                            "studyId",
                            "impact study " + id + " was changed by other writers " + ATTEMPTS
                                    + " times in a row; send the same data again (it is safe to replay)");
                }
            }
        }
    }

    /** What applying data did: whether the study must be saved, and the answer, from the study as stored. */
    private record Change<T>(boolean save, Function<ImpactStudy, T> answer) {}
}
