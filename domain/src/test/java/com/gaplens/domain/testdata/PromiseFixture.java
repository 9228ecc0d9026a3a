package com.gaplens.domain.testdata;

import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.target.CommitmentDraft;
import com.gaplens.domain.target.PromiseReferences;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.VariantDraft;
import java.time.Instant;
import java.util.List;

/**
 * Ready-made promises of the test brand: its references (brand and its three touchpoints), target
 * experiences drafted or published from commitment drafts (central ids {@code c-1, c-2, …} in order), and
 * variants for segment {@link TestIds#FORTY_FIVE_PLUS} (added ids {@code a-1, a-2, …}).
 */
public final class PromiseFixture {

    public static final Instant JAN_1 = Instant.parse("2026-01-01T00:00:00Z");
    public static final Instant FEB_1 = Instant.parse("2026-02-01T00:00:00Z");
    public static final Instant MAR_1 = Instant.parse("2026-03-01T00:00:00Z");
    public static final Instant PUBLISHED_AT = Instant.parse("2025-12-15T10:00:00Z");

    private PromiseFixture() {}

    public static PromiseReferences references() {
        return references(BrandBuilder.aBrand().build());
    }

    public static PromiseReferences references(Brand brand) {
        return PromiseReferences.of(brand, TouchpointBuilder.theBrandTouchpoints());
    }

    public static TargetExperience draftedTarget(CommitmentDraft... commitments) {
        return TargetExperience.create(
                TestIds.TENANT_A,
                TestIds.TARGET,
                List.of(commitments),
                SequentialCommitmentIds.central(),
                references());
    }

    /** A target experience whose draft is published once, in force from {@link #JAN_1}. */
    public static TargetExperience publishedTarget(CommitmentDraft... commitments) {
        TargetExperience target = draftedTarget(commitments);
        target.publish(JAN_1, PUBLISHED_AT, references());
        return target;
    }

    public static Segment segment() {
        return SegmentBuilder.aSegment().build();
    }

    public static SegmentVariant draftedVariant(TargetExperience target, VariantDraft draft) {
        return SegmentVariant.create(
                TestIds.TENANT_A,
                TestIds.VARIANT,
                target,
                segment(),
                draft,
                SequentialCommitmentIds.added(),
                references());
    }

    /** A variant whose draft is published once, in force from {@code inForceFrom}. */
    public static SegmentVariant publishedVariant(TargetExperience target, VariantDraft draft, Instant inForceFrom) {
        SegmentVariant variant = draftedVariant(target, draft);
        variant.publish(inForceFrom, PUBLISHED_AT, target, segment(), references());
        return variant;
    }
}
