package com.gaplens.application.listing;

import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.TargetExperienceId;
import java.util.Optional;

/** Which segment variants of the tenant to list; ordered by id (the cursor's sort key is empty). */
public record SegmentVariantFilter(Optional<TargetExperienceId> targetExperience, Optional<SegmentId> segment) {

    public SegmentVariantFilter {
        Require.present(targetExperience, "targetExperience");
        Require.present(segment, "segment");
    }

    public static SegmentVariantFilter all() {
        return new SegmentVariantFilter(Optional.empty(), Optional.empty());
    }

    public static SegmentVariantFilter ofTarget(TargetExperienceId target) {
        return new SegmentVariantFilter(Optional.of(target), Optional.empty());
    }

    public boolean accepts(SegmentVariant variant) {
        return targetExperience.map(t -> t.equals(variant.targetExperienceId())).orElse(true)
                && segment.map(s -> s.equals(variant.segmentId())).orElse(true);
    }
}
