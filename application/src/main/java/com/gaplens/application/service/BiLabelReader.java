package com.gaplens.application.service;

import com.gaplens.application.bi.BiLabels;
import com.gaplens.application.bi.BiLabels.BrandLabel;
import com.gaplens.application.bi.BiLabels.BrandValueLabel;
import com.gaplens.application.bi.BiLabels.CommitmentLabel;
import com.gaplens.application.bi.BiLabels.SegmentLabel;
import com.gaplens.application.bi.BiLabels.TouchpointLabel;
import com.gaplens.application.bi.LabelSource;
import com.gaplens.application.listing.BrandFilter;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentFilter;
import com.gaplens.application.listing.SegmentVariantFilter;
import com.gaplens.application.listing.TargetExperienceFilter;
import com.gaplens.application.listing.TouchpointFilter;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.Commitment;
import com.gaplens.domain.target.CommitmentWordings;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.SegmentVariantVersion;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetExperienceVersion;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The labels of catalogue objects, as the BI publication copies them: of one object (after a change), or of every
 * object of a tenant (once, when its published schema is new). Commitments — central ones and those segment variants
 * add — are labelled by {@link CommitmentWordings}, the rule every view labels them by.
 */
public final class BiLabelReader {

    /** The labels of one object, and the version of the object they were read from (0 when it is not stored). */
    public record Read(BiLabels labels, long version) {}

    private final BrandRepository brands;
    private final TouchpointRepository touchpoints;
    private final SegmentRepository segments;
    private final TargetExperienceRepository targets;
    private final SegmentVariantRepository variants;

    public BiLabelReader(
            BrandRepository brands,
            TouchpointRepository touchpoints,
            SegmentRepository segments,
            TargetExperienceRepository targets,
            SegmentVariantRepository variants) {
        this.brands = Require.present(brands, "brands");
        this.touchpoints = Require.present(touchpoints, "touchpoints");
        this.segments = Require.present(segments, "segments");
        this.targets = Require.present(targets, "targets");
        this.variants = Require.present(variants, "variants");
    }

    /** The labels of one catalogue object. */
    public Read of(TenantId tenant, LabelSource source) {
        return switch (source) {
            case LabelSource.OfBrand brand ->
                brands.find(tenant, brand.id())
                        .map(b -> new Read(of(b), b.version().value()))
                        .orElseGet(BiLabelReader::notStored);
            case LabelSource.OfTouchpoint touchpoint ->
                touchpoints
                        .find(tenant, touchpoint.id())
                        .map(t -> new Read(of(t), t.version().value()))
                        .orElseGet(BiLabelReader::notStored);
            case LabelSource.OfSegment segment ->
                segments.find(tenant, segment.id())
                        .map(s -> new Read(of(s), s.version().value()))
                        .orElseGet(BiLabelReader::notStored);
            case LabelSource.OfTargetExperience target ->
                targets.find(tenant, target.id())
                        .map(t -> new Read(promise(tenant, t), t.version().value()))
                        .orElseGet(BiLabelReader::notStored);
            case LabelSource.OfSegmentVariant variant ->
                variants.find(tenant, variant.id())
                        .flatMap(v -> targets.find(tenant, v.targetExperienceId())
                                .map(t ->
                                        new Read(promise(tenant, t), v.version().value())))
                        .orElseGet(BiLabelReader::notStored);
        };
    }

    /** Every label of the tenant: its whole catalogue, read page by page. */
    public BiLabels all(TenantId tenant) {
        BiLabels all = BiLabels.none();
        for (Brand brand : every(page -> brands.list(tenant, BrandFilter.all(), page))) {
            all = all.plus(of(brand));
        }
        for (Touchpoint touchpoint : every(page -> touchpoints.list(tenant, TouchpointFilter.all(), page))) {
            all = all.plus(of(touchpoint));
        }
        for (Segment segment : every(page -> segments.list(tenant, SegmentFilter.all(), page))) {
            all = all.plus(of(segment));
        }
        for (TargetExperience target : every(page -> targets.list(tenant, TargetExperienceFilter.all(), page))) {
            all = all.plus(promise(tenant, target));
        }
        return all;
    }

    private static <T> List<T> every(Function<PageRequest, Page<T>> list) {
        List<T> all = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<T> page = list.apply(request);
            all.addAll(page.items());
            if (!page.hasNextPage() || page.endCursor().isEmpty()) {
                return all;
            }
            request = request.after(page.endCursor().get());
        }
    }

    private static Read notStored() {
        return new Read(BiLabels.none(), 0);
    }

    private static BiLabels of(Brand brand) {
        long version = brand.version().value();
        String brandId = brand.id().value();
        return new BiLabels(
                List.of(new BrandLabel(
                        brandId, brand.name().value(), brand.status().name(), version)),
                brand.values().stream()
                        .map(v -> new BrandValueLabel(
                                v.id().value(),
                                brandId,
                                v.name().value(),
                                v.status().name(),
                                version))
                        .toList(),
                List.of(),
                List.of(),
                List.of());
    }

    private static BiLabels of(Touchpoint t) {
        return new BiLabels(
                List.of(),
                List.of(),
                List.of(),
                List.of(new TouchpointLabel(
                        t.id().value(),
                        t.brandId().value(),
                        t.name().value(),
                        t.phase().name(),
                        t.channel().name(),
                        t.status().name(),
                        t.version().value())),
                List.of());
    }

    private static BiLabels of(Segment s) {
        return new BiLabels(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new SegmentLabel(
                        s.id().value(),
                        s.brandId().value(),
                        s.name().value(),
                        s.kind().name(),
                        s.status().name(),
                        s.version().value())));
    }

    /**
     * The commitments of a brand's promise: its target experience's and those its segment variants add, each worded
     * by {@link CommitmentWordings} (the rule every view labels commitments by), versioned by the sum of the versions
     * of the target experience and its variants (it grows with any of their saves).
     */
    private BiLabels promise(TenantId tenant, TargetExperience target) {
        List<SegmentVariant> declined =
                every(page -> variants.list(tenant, SegmentVariantFilter.ofTarget(target.id()), page));
        CommitmentWordings wordings = CommitmentWordings.of(target, declined);
        long version = target.version().value()
                + declined.stream().mapToLong(v -> v.version().value()).sum();
        String brandId = target.brandId().value();
        Map<String, Commitment> central = new LinkedHashMap<>();
        target.draft().forEach(c -> central.put(c.id().value(), c));
        for (TargetExperienceVersion published : target.versions()) {
            published.commitments().forEach(c -> central.put(c.id().value(), c));
        }
        BiLabels labels = commitments(central, wordings, brandId, Optional.empty(), version);
        for (SegmentVariant variant : declined) {
            Map<String, Commitment> added = new LinkedHashMap<>();
            variant.draft().additions().forEach(c -> added.put(c.id().value(), c));
            for (SegmentVariantVersion published : variant.versions()) {
                published.adjustments().additions().forEach(c -> added.put(c.id().value(), c));
            }
            labels = labels.plus(commitments(
                    added, wordings, brandId, Optional.of(variant.segmentId().value()), version));
        }
        return labels;
    }

    private static BiLabels commitments(
            Map<String, Commitment> latest,
            CommitmentWordings wordings,
            String brandId,
            Optional<String> segmentId,
            long version) {
        List<CommitmentLabel> labels = latest.values().stream()
                .map(c -> new CommitmentLabel(
                        c.id().value(),
                        brandId,
                        wordings.of(c.id()).orElse(c.wording()).text(),
                        c.brandValue().value(),
                        c.variable().name(),
                        c.targetLevel().value(),
                        segmentId,
                        version))
                .toList();
        return new BiLabels(List.of(), List.of(), labels, List.of(), List.of());
    }
}
