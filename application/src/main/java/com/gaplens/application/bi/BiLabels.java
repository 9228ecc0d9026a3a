package com.gaplens.application.bi;

import com.gaplens.domain.shared.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names BI users filter by, for the ids the rows carry: brands, brand values, commitments (central ones and those
 * a segment variant adds), touchpoints and segments. Each label carries the version of the aggregate it was read
 * from, so that a copy keeps the newest whatever order writers arrive in.
 */
public record BiLabels(
        List<BrandLabel> brands,
        List<BrandValueLabel> brandValues,
        List<CommitmentLabel> commitments,
        List<TouchpointLabel> touchpoints,
        List<SegmentLabel> segments) {

    public BiLabels {
        brands = List.copyOf(brands);
        brandValues = List.copyOf(brandValues);
        commitments = List.copyOf(commitments);
        touchpoints = List.copyOf(touchpoints);
        segments = List.copyOf(segments);
    }

    public static BiLabels none() {
        return new BiLabels(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public int size() {
        return brands.size() + brandValues.size() + commitments.size() + touchpoints.size() + segments.size();
    }

    /** These labels and {@code other}'s. */
    public BiLabels plus(BiLabels other) {
        return new BiLabels(
                concat(brands, other.brands),
                concat(brandValues, other.brandValues),
                concat(commitments, other.commitments),
                concat(touchpoints, other.touchpoints),
                concat(segments, other.segments));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A brand: its name and whether it is ACTIVE or ARCHIVED. */
    public record BrandLabel(String brandId, String name, String status, long version) {
        public BrandLabel {
            Require.present(brandId, "brandId");
            Require.present(name, "name");
            Require.present(status, "status");
        }
    }

    /** A value of a brand (versioned with its brand). */
    public record BrandValueLabel(String brandValueId, String brandId, String name, String status, long version) {
        public BrandValueLabel {
            Require.present(brandValueId, "brandValueId");
            Require.present(brandId, "brandId");
            Require.present(name, "name");
            Require.present(status, "status");
        }
    }

    /**
     * A commitment: its wording in the latest published version that holds it, the value it embodies, the variable
     * it promises, and where it comes from — the brand's central target experience, or the variant of a segment that
     * adds it (versioned with that target experience or variant).
     */
    public record CommitmentLabel(
            String commitmentId,
            String brandId,
            String wording,
            String brandValueId,
            String variable,
            double targetLevel,
            Optional<String> segmentId,
            long version) {
        public CommitmentLabel {
            Require.present(commitmentId, "commitmentId");
            Require.present(brandId, "brandId");
            Require.present(wording, "wording");
            Require.present(brandValueId, "brandValueId");
            Require.present(variable, "variable");
            Require.present(segmentId, "segmentId");
        }

        /** CENTRAL, or SEGMENT_VARIANT for a commitment a segment's variant adds. */
        public String origin() {
            return segmentId.isPresent() ? "SEGMENT_VARIANT" : "CENTRAL";
        }
    }

    public record TouchpointLabel(
            String touchpointId,
            String brandId,
            String name,
            String phase,
            String channel,
            String status,
            long version) {
        public TouchpointLabel {
            Require.present(touchpointId, "touchpointId");
            Require.present(brandId, "brandId");
            Require.present(name, "name");
            Require.present(phase, "phase");
            Require.present(channel, "channel");
            Require.present(status, "status");
        }
    }

    public record SegmentLabel(
            String segmentId, String brandId, String name, String kind, String status, long version) {
        public SegmentLabel {
            Require.present(segmentId, "segmentId");
            Require.present(brandId, "brandId");
            Require.present(name, "name");
            Require.present(kind, "kind");
            Require.present(status, "status");
        }
    }
}
