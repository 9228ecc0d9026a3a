package com.gaplens.application.service;

import com.gaplens.application.port.in.ListScalesUseCase;
import com.gaplens.application.port.in.ListScalesUseCase.AvailableScale;
import com.gaplens.application.port.in.RecordMeasurementsUseCase;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.MeasurementRepository.InsertReport;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.measurement.EmotionReading;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.measurement.NormalisedReading;
import com.gaplens.domain.measurement.Reading;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.shared.DomainException;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records batches of measurements idempotently. Per call, whatever the size of the batch:
 * <ol>
 *   <li>the catalogue it names is read once ({@link BatchCatalogue}): each distinct brand, the touchpoints and
 *       segments in one lookup each, each distinct scale;</li>
 *   <li>every item is checked on its own (a failure rejects that item only);</li>
 *   <li>the external ids of the valid items are looked up in one query; those already stored are
 *       duplicates or conflicts without any write (a replayed batch costs one read, not thousands of
 *       duplicate-key errors);</li>
 *   <li>the new ones are judged against the promise in force when each was observed ({@link PromiseJudge}),
 *       then inserted in one unordered bulk insert and added to every roll-up cell they touch
 *       ({@link RollupWriter#insert}); an id a concurrent writer took meanwhile is read back and judged a duplicate
 *       or a conflict like any other;</li>
 *   <li>duplicates whose roll-up an interrupted earlier call left unfinished are finished before the call answers
 *       ({@link RollupWriter#settleMeasurements}): one read when there is nothing to finish.</li>
 * </ol>
 * A measurement once stored is never overwritten.
 */
public final class MeasurementIngestionService implements RecordMeasurementsUseCase {

    static final String BATCH_TOO_LARGE = "BATCH_TOO_LARGE";
    static final String OBSERVED_IN_FUTURE = "OBSERVED_IN_FUTURE";

    private final MeasurementRepository measurements;
    private final BrandRepository brands;
    private final TouchpointRepository touchpoints;
    private final SegmentRepository segments;
    private final ListScalesUseCase scales;
    private final TargetExperienceRepository targets;
    private final SegmentVariantRepository variants;
    private final RollupWriter rollups;
    private final Rejudgement rejudgement;
    private final Clock clock;
    private final IngestionLimits limits;

    public MeasurementIngestionService(
            MeasurementRepository measurements,
            BrandRepository brands,
            TouchpointRepository touchpoints,
            SegmentRepository segments,
            ListScalesUseCase scales,
            TargetExperienceRepository targets,
            SegmentVariantRepository variants,
            RollupWriter rollups,
            Clock clock,
            IngestionLimits limits) {
        this.measurements = Require.present(measurements, "measurements");
        this.targets = Require.present(targets, "targets");
        this.variants = Require.present(variants, "variants");
        this.rollups = Require.present(rollups, "rollups");
        this.rejudgement = new Rejudgement(measurements, targets, variants, rollups);
        this.brands = Require.present(brands, "brands");
        this.touchpoints = Require.present(touchpoints, "touchpoints");
        this.segments = Require.present(segments, "segments");
        this.scales = Require.present(scales, "scales");
        this.clock = Require.present(clock, "clock");
        this.limits = Require.present(limits, "limits");
    }

    @Override
    public RecordMeasurementsReport recordMeasurements(RecordMeasurementsCommand command) {
        List<MeasurementItem> items = command.items();
        if (items.size() > limits.maxBatchSize()) {
            throw new InvalidInputException(
                    BATCH_TOO_LARGE,
                    null,
                    "a call may record at most " + limits.maxBatchSize() + " measurements, got " + items.size()
                            + "; split the batch");
        }
        TenantId tenant = command.tenant();
        Instant now = clock.now();
        BatchCatalogue catalogue = BatchCatalogue.load(tenant, items, brands, touchpoints, segments, scales);
        Instant latestObservation = now.plus(limits.futureTolerance());

        MeasurementOutcome[] outcomes = new MeasurementOutcome[items.size()];
        Map<Integer, RecordedMeasurement> valid = new LinkedHashMap<>();
        for (int index = 0; index < items.size(); index++) {
            switch (items.get(index)) {
                case UnreadableItem unreadable ->
                    outcomes[index] = Rejected.of(index, unreadable.externalId(), unreadable.failure());
                case MeasurementFields fields -> {
                    try {
                        valid.put(index, check(tenant, fields, catalogue, latestObservation, now));
                    } catch (DomainException e) {
                        outcomes[index] = Rejected.of(index, Optional.of(fields.externalId()), e);
                    }
                }
            }
        }

        Set<ExternalId> ids =
                valid.values().stream().map(RecordedMeasurement::externalId).collect(Collectors.toSet());
        Map<ExternalId, Measurement> stored = measurements.findByExternalIds(tenant, ids);

        // The reference of each id: the stored measurement, or else the first valid occurrence in the batch.
        Map<ExternalId, Measurement> reference = new HashMap<>(stored);
        List<RecordedMeasurement> fresh = new ArrayList<>();
        for (Map.Entry<Integer, RecordedMeasurement> entry : valid.entrySet()) {
            int index = entry.getKey();
            Measurement measurement = entry.getValue().measurement();
            Measurement known = reference.putIfAbsent(measurement.externalId(), measurement);
            if (known == null) {
                fresh.add(entry.getValue());
            } else {
                outcomes[index] = againstReference(index, measurement, known);
            }
        }

        if (!fresh.isEmpty()) {
            PromiseJudge judge = new PromiseJudge(tenant, targets, variants);
            fresh = judge.judgeAll(fresh);
            InsertReport report = rollups.insert(tenant, fresh);
            if (!judge.promisesUnchanged()) {
                // A publication landed while this call judged: judge what it inserted again, by the new promise.
                measurements.markForRejudgement(tenant, report.inserted());
                rejudgement.rejudgeMarked(
                        tenant, Optional.of(clock.now().plus(RollupMaintenanceService.IN_CALL)), clock::now);
            }
            // Ids a concurrent writer stored between our read and our insert: judged against what it stored,
            // later occurrences in the batch included.
            Map<ExternalId, Measurement> taken = report.alreadyPresent().isEmpty()
                    ? Map.of()
                    : measurements.findByExternalIds(tenant, report.alreadyPresent());
            if (!taken.keySet().equals(report.alreadyPresent())) {
                throw new IllegalStateException("measurements refused as present are not stored: "
                        + report.alreadyPresent().size() + " refused, " + taken.size() + " found");
            }
            for (Map.Entry<Integer, RecordedMeasurement> entry : valid.entrySet()) {
                int index = entry.getKey();
                Measurement measurement = entry.getValue().measurement();
                ExternalId id = measurement.externalId();
                if (taken.containsKey(id)) {
                    outcomes[index] = againstReference(index, measurement, taken.get(id));
                } else if (outcomes[index] == null && report.inserted().contains(id)) {
                    outcomes[index] = new Accepted(index, Optional.of(id.value()));
                }
            }
        }
        for (int index = 0; index < outcomes.length; index++) {
            if (outcomes[index] == null) {
                throw new IllegalStateException("item " + index + " was neither inserted nor judged");
            }
        }
        // Finish what an interrupted earlier call of the same items left unfinished (what this call inserted is done).
        Set<ExternalId> duplicates = new HashSet<>();
        for (MeasurementOutcome outcome : outcomes) {
            if (outcome instanceof Duplicate) {
                outcome.externalId().map(ExternalId::new).ifPresent(duplicates::add);
            }
        }
        rollups.settleMeasurements(tenant, duplicates);
        return new RecordMeasurementsReport(List.of(outcomes));
    }

    private static MeasurementOutcome againstReference(int index, Measurement measurement, Measurement reference) {
        Optional<String> id = Optional.of(measurement.externalId().value());
        return measurement.sameContentAs(reference) ? new Duplicate(index, id) : new Conflict(index, id);
    }

    /** The item as a measurement to record, or the first rule it breaks (field relative to the item). */
    private static RecordedMeasurement check(
            TenantId tenant,
            MeasurementFields fields,
            BatchCatalogue catalogue,
            Instant latestObservation,
            Instant now) {
        ExternalId externalId = new ExternalId(fields.externalId());
        Reading reading = Reading.of(fields.value(), fields.sampleSize().orElse(1), fields.stdDev());
        Optional<EmotionReading> emotion =
                fields.emotion().map(given -> new EmotionReading(given.emotion(), given.intensity()));
        if (fields.observedAt().isAfter(latestObservation)) {
            throw new InvalidInputException(
                    OBSERVED_IN_FUTURE,
                    "observedAt",
                    "observedAt " + fields.observedAt() + " is in the future (now is " + now + ")");
        }
        Brand brand = catalogue.brand(fields.brandId());
        Touchpoint touchpoint = catalogue.touchpoint(fields.touchpointId(), brand.id());
        Optional<Segment> segment = fields.segmentId().map(id -> catalogue.segment(id, brand.id()));
        AvailableScale scale = catalogue.scale(fields.scale());
        Measurement measurement = new Measurement(
                tenant,
                externalId,
                brand.id(),
                touchpoint.id(),
                fields.variable(),
                segment.map(Segment::id),
                fields.method(),
                scale.code(),
                reading,
                fields.observedAt(),
                emotion,
                fields.sourceReference(),
                fields.audience());
        NormalisedReading normalised = measurement.normalise(scale.scale());
        return new RecordedMeasurement(
                measurement, normalised, touchpoint.phase(), touchpoint.channel(), now, Judgement.UNPROMISED);
    }
}
