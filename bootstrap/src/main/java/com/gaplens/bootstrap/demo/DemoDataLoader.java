package com.gaplens.bootstrap.demo;

import com.gaplens.application.port.in.DefineBrandUseCase;
import com.gaplens.application.port.in.DefineBrandUseCase.DefineBrandCommand;
import com.gaplens.application.port.in.DefineBrandUseCase.NewBrandValue;
import com.gaplens.application.port.in.DefineSegmentUseCase;
import com.gaplens.application.port.in.DefineSegmentUseCase.DefineSegmentCommand;
import com.gaplens.application.port.in.DefineTouchpointUseCase;
import com.gaplens.application.port.in.DefineTouchpointUseCase.DefineTouchpointCommand;
import com.gaplens.application.port.in.DraftSegmentVariantUseCase;
import com.gaplens.application.port.in.DraftSegmentVariantUseCase.DraftSegmentVariantCommand;
import com.gaplens.application.port.in.DraftTargetExperienceUseCase;
import com.gaplens.application.port.in.DraftTargetExperienceUseCase.DraftTargetExperienceCommand;
import com.gaplens.application.port.in.PublishSegmentVariantUseCase;
import com.gaplens.application.port.in.PublishSegmentVariantUseCase.PublishSegmentVariantCommand;
import com.gaplens.application.port.in.PublishTargetExperienceUseCase;
import com.gaplens.application.port.in.PublishTargetExperienceUseCase.PublishTargetExperienceCommand;
import com.gaplens.application.port.in.RecordMeasurementsUseCase;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementItem;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.RecordMeasurementsCommand;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Totals;
import com.gaplens.bootstrap.demo.DemoBrand.CommitmentSpec;
import com.gaplens.bootstrap.demo.DemoBrand.SegmentSpec;
import com.gaplens.bootstrap.demo.DemoBrand.TouchpointSpec;
import com.gaplens.bootstrap.demo.DemoBrand.ValueSpec;
import com.gaplens.bootstrap.demo.DemoCatalogue.DemoTouchpoint;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.target.Commitment;
import com.gaplens.domain.target.CommitmentDraft;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.target.CommitmentOverride;
import com.gaplens.domain.target.CommitmentScope;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetLevel;
import com.gaplens.domain.target.VariantDraft;
import com.gaplens.domain.target.Wording;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Loads the demo brand ({@link DemoBrand}) and a year of its measurements ({@link DemoMeasurements}) into a
 * tenant, through the application's use cases only, exactly as a client of the API would: the catalogue
 * first (brand, segments, touchpoints, target experience and variants, published in force from a year
 * before {@code until}), then the measurements in batches.
 */
public final class DemoDataLoader {

    /** The batch size the demo records with (or the configured limit, when smaller). */
    public static final int BATCH_SIZE = 5_000;

    private final DefineBrandUseCase brands;
    private final DefineSegmentUseCase segments;
    private final DefineTouchpointUseCase touchpoints;
    private final DraftTargetExperienceUseCase draftTarget;
    private final PublishTargetExperienceUseCase publishTarget;
    private final DraftSegmentVariantUseCase draftVariant;
    private final PublishSegmentVariantUseCase publishVariant;
    private final RecordMeasurementsUseCase measurements;
    private final int batchSize;

    public DemoDataLoader(
            DefineBrandUseCase brands,
            DefineSegmentUseCase segments,
            DefineTouchpointUseCase touchpoints,
            DraftTargetExperienceUseCase draftTarget,
            PublishTargetExperienceUseCase publishTarget,
            DraftSegmentVariantUseCase draftVariant,
            PublishSegmentVariantUseCase publishVariant,
            RecordMeasurementsUseCase measurements,
            int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        this.brands = brands;
        this.segments = segments;
        this.touchpoints = touchpoints;
        this.draftTarget = draftTarget;
        this.publishTarget = publishTarget;
        this.draftVariant = draftVariant;
        this.publishVariant = publishVariant;
        this.measurements = measurements;
        this.batchSize = batchSize;
    }

    /** What to load: the brand's name, how many measurements, the seed, and the end of the year measured. */
    public record DemoSettings(String brandName, long measurements, long seed, Instant until) {
        public DemoSettings {
            if (measurements < 0) {
                throw new IllegalArgumentException("measurements must be ≥ 0, got " + measurements);
            }
        }
    }

    /** Where a load stands: measurements sent so far out of the total, and their outcomes. */
    public record Progress(long sent, long total, Totals totals) {}

    /** What a load did. */
    public record LoadReport(DemoCatalogue catalogue, Totals totals, Duration took) {}

    public LoadReport load(TenantId tenant, DemoSettings settings, Consumer<Progress> progress) {
        long started = System.nanoTime();
        DemoCatalogue catalogue =
                defineCatalogue(tenant, settings.brandName(), settings.until().minus(Duration.ofDays(366)));
        Totals totals = record(
                tenant,
                new DemoMeasurements(catalogue, settings.seed(), settings.until()),
                settings.measurements(),
                progress);
        return new LoadReport(catalogue, totals, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Defines the demo brand with its catalogue, its target experience and variants in force from {@code inForceFrom}. */
    public DemoCatalogue defineCatalogue(TenantId tenant, String brandName, Instant inForceFrom) {
        Brand brand = brands.defineBrand(new DefineBrandCommand(
                tenant,
                Name.of(brandName),
                Optional.of(Description.of("A fictional home-goods retailer: the GapLens demo brand.")),
                DemoBrand.VALUES.stream()
                        .map(v -> new NewBrandValue(Name.of(v.name()), Optional.of(Description.of(v.description()))))
                        .toList()));
        Map<String, BrandValueId> values = DemoBrand.VALUES.stream()
                .map(ValueSpec::name)
                .collect(Collectors.toMap(name -> name, name -> valueId(brand, name)));

        Map<SegmentSpec, SegmentId> segmentIds = new LinkedHashMap<>();
        for (SegmentSpec spec : DemoBrand.SEGMENTS) {
            Segment segment = segments.defineSegment(new DefineSegmentCommand(
                    tenant,
                    brand.id(),
                    spec.kind(),
                    Name.of(spec.name()),
                    Optional.of(Description.of(spec.description()))));
            segmentIds.put(spec, segment.id());
        }

        List<DemoTouchpoint> defined = new ArrayList<>();
        for (TouchpointSpec spec : DemoBrand.TOUCHPOINTS) {
            TouchpointId id = touchpoints
                    .defineTouchpoint(new DefineTouchpointCommand(
                            tenant, brand.id(), Name.of(spec.name()), spec.phase(), spec.channel(), Optional.empty()))
                    .id();
            defined.add(new DemoTouchpoint(id, spec));
        }
        Map<String, TouchpointId> touchpointIds =
                defined.stream().collect(Collectors.toMap(t -> t.spec().name(), DemoTouchpoint::id));

        TargetExperience target = draftTarget.draftTargetExperience(new DraftTargetExperienceCommand(
                tenant,
                brand.id(),
                DemoBrand.COMMITMENTS.stream()
                        .map(c -> draft(c, values, touchpointIds))
                        .toList()));
        target = publishTarget.publishTargetExperience(
                new PublishTargetExperienceCommand(tenant, target.id(), target.version(), Optional.of(inForceFrom)));
        CommitmentId afterSales = idOf(target, DemoBrand.AFTER_SALES_AUTHENTICITY, touchpointIds);
        CommitmentId sharingPleasant = target.draft().stream()
                .filter(c -> c.variable() == com.gaplens.domain.experience.ExperienceVariable.SHARING_PLEASANT)
                .findFirst()
                .orElseThrow()
                .id();

        Map<SegmentSpec, VariantDraft> variants = Map.of(
                DemoBrand.AGED_25_34,
                new VariantDraft(
                        List.of(CommitmentOverride.wording(
                                afterSales, Wording.of(DemoBrand.AFTER_SALES_WORDING_25_34))),
                        List.of(),
                        List.of()),
                DemoBrand.AGED_45_54,
                new VariantDraft(
                        List.of(new CommitmentOverride(
                                afterSales,
                                Optional.of(TargetLevel.of(DemoBrand.AFTER_SALES_TARGET_45_54)),
                                Optional.of(Wording.of(DemoBrand.AFTER_SALES_WORDING_45_54)))),
                        List.of(),
                        List.of()),
                DemoBrand.GIFT,
                new VariantDraft(List.of(), List.of(draft(DemoBrand.GIFT_WRAPPING, values, touchpointIds)), List.of()),
                DemoBrand.URGENT_REPAIR,
                new VariantDraft(
                        List.of(),
                        List.of(draft(DemoBrand.REPAIR_SLOT, values, touchpointIds)),
                        List.of(sharingPleasant)));
        for (SegmentSpec spec : DemoBrand.SEGMENTS) {
            SegmentVariant variant = draftVariant.draftSegmentVariant(
                    new DraftSegmentVariantCommand(tenant, target.id(), segmentIds.get(spec), variants.get(spec)));
            publishVariant.publishSegmentVariant(new PublishSegmentVariantCommand(
                    tenant, variant.id(), variant.version(), Optional.of(inForceFrom)));
        }
        return new DemoCatalogue(brand.id(), defined, segmentIds, target.id(), inForceFrom);
    }

    /** Records the first {@code count} measurements of {@code generated}, in batches, reporting progress after each. */
    public Totals record(TenantId tenant, DemoMeasurements generated, long count, Consumer<Progress> progress) {
        Iterator<MeasurementItem> items = generated.items(count).iterator();
        long sent = 0;
        int accepted = 0;
        int duplicates = 0;
        int conflicts = 0;
        int rejected = 0;
        while (items.hasNext()) {
            List<MeasurementItem> batch = new ArrayList<>(batchSize);
            while (items.hasNext() && batch.size() < batchSize) {
                batch.add(items.next());
            }
            Totals totals = measurements
                    .recordMeasurements(new RecordMeasurementsCommand(tenant, batch))
                    .totals();
            accepted += totals.accepted();
            duplicates += totals.duplicates();
            conflicts += totals.conflicts();
            rejected += totals.rejected();
            sent += batch.size();
            progress.accept(new Progress(sent, count, new Totals(accepted, duplicates, conflicts, rejected)));
        }
        return new Totals(accepted, duplicates, conflicts, rejected);
    }

    private static CommitmentDraft draft(
            CommitmentSpec spec, Map<String, BrandValueId> values, Map<String, TouchpointId> touchpoints) {
        return CommitmentDraft.of(
                values.get(spec.value()),
                spec.variable(),
                scope(spec, touchpoints),
                TargetLevel.of(spec.level()),
                Wording.of(spec.wording()));
    }

    private static CommitmentScope scope(CommitmentSpec spec, Map<String, TouchpointId> touchpoints) {
        if (!spec.touchpoints().isEmpty()) {
            return CommitmentScope.touchpoints(
                    spec.touchpoints().stream().map(touchpoints::get).collect(Collectors.toSet()));
        }
        return spec.phase().map(CommitmentScope::phase).orElseGet(CommitmentScope::variableWide);
    }

    private static CommitmentId idOf(
            TargetExperience target, CommitmentSpec spec, Map<String, TouchpointId> touchpoints) {
        CommitmentScope scope = scope(spec, touchpoints);
        return target.draft().stream()
                .filter(c -> c.variable() == spec.variable() && c.scope().equals(scope))
                .map(Commitment::id)
                .findFirst()
                .orElseThrow();
    }

    private static BrandValueId valueId(Brand brand, String name) {
        return brand.values().stream()
                .filter(v -> v.name().value().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
