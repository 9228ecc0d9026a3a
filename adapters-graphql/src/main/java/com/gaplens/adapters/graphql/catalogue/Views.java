package com.gaplens.adapters.graphql.catalogue;

import static com.gaplens.adapters.graphql.support.Inputs.dateTime;

import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValue;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.segment.SegmentKind;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.target.Commitment;
import com.gaplens.domain.target.CommitmentOverride;
import com.gaplens.domain.target.CommitmentScope;
import com.gaplens.domain.target.EffectiveTarget;
import com.gaplens.domain.target.Provenance;
import com.gaplens.domain.target.ResolvedCommitment;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.SegmentVariantVersion;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.target.TargetExperienceVersion;
import com.gaplens.domain.target.TargetLevel;
import com.gaplens.domain.target.VariantAdjustments;
import com.gaplens.domain.target.Wording;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the catalogue's GraphQL types read: flat views of the domain objects with global ids and plain
 * scalars. Links to other objects (a segment's brand, a commitment's brand value…) are resolved by
 * the controllers' schema mappings from the ids kept here.
 */
final class Views {

    private Views() {}

    /** The objects {@code Query.node} can return; each names its GraphQL type. */
    sealed interface NodeView permits BrandView, SegmentView, TouchpointView, TargetExperienceView, SegmentVariantView {
        String typeName();
    }

    record TenantView(String id, String name) {}

    record BrandView(
            String id,
            BrandId brandId,
            String name,
            String description,
            LifecycleStatus status,
            long version,
            List<BrandValueView> allValues)
            implements NodeView {

        static BrandView of(Brand brand) {
            return new BrandView(
                    GlobalIds.of(brand.id()),
                    brand.id(),
                    brand.name().value(),
                    text(brand.description()),
                    brand.status(),
                    brand.version().value(),
                    brand.values().stream().map(BrandValueView::of).toList());
        }

        @Override
        public String typeName() {
            return "Brand";
        }
    }

    record BrandValueView(String id, String name, String description, LifecycleStatus status) {
        static BrandValueView of(BrandValue value) {
            return new BrandValueView(
                    GlobalIds.of(value.id()), value.name().value(), text(value.description()), value.status());
        }
    }

    record SegmentView(
            String id,
            BrandId brandId,
            SegmentKind kind,
            String name,
            String description,
            LifecycleStatus status,
            long version)
            implements NodeView {

        static SegmentView of(Segment segment) {
            return new SegmentView(
                    GlobalIds.of(segment.id()),
                    segment.brandId(),
                    segment.kind(),
                    segment.name().value(),
                    text(segment.description()),
                    segment.status(),
                    segment.version().value());
        }

        @Override
        public String typeName() {
            return "Segment";
        }
    }

    record TouchpointView(
            String id,
            BrandId brandId,
            String name,
            JourneyPhase phase,
            Channel channel,
            String description,
            LifecycleStatus status,
            long version)
            implements NodeView {

        static TouchpointView of(Touchpoint touchpoint) {
            return new TouchpointView(
                    GlobalIds.of(touchpoint.id()),
                    touchpoint.brandId(),
                    touchpoint.name().value(),
                    touchpoint.phase(),
                    touchpoint.channel(),
                    text(touchpoint.description()),
                    touchpoint.status(),
                    touchpoint.version().value());
        }

        @Override
        public String typeName() {
            return "Touchpoint";
        }
    }

    enum ScopeKind {
        VARIABLE_WIDE,
        PHASE,
        TOUCHPOINTS
    }

    record ScopeView(ScopeKind kind, JourneyPhase phase, Set<TouchpointId> touchpointIds) {
        static ScopeView of(CommitmentScope scope) {
            return switch (scope) {
                case CommitmentScope.VariableWide v -> new ScopeView(ScopeKind.VARIABLE_WIDE, null, Set.of());
                case CommitmentScope.PhaseScoped p -> new ScopeView(ScopeKind.PHASE, p.phase(), Set.of());
                case CommitmentScope.TouchpointScoped t -> new ScopeView(ScopeKind.TOUCHPOINTS, null, t.touchpoints());
            };
        }
    }

    record CommitmentView(
            String id,
            BrandId brandId,
            BrandValueId brandValueId,
            ExperienceVariable variable,
            ScopeView scope,
            double targetLevel,
            String wording) {

        static CommitmentView of(BrandId brand, Commitment commitment) {
            return new CommitmentView(
                    GlobalIds.of(commitment.id()),
                    brand,
                    commitment.brandValue(),
                    commitment.variable(),
                    ScopeView.of(commitment.scope()),
                    commitment.targetLevel().value(),
                    commitment.wording().text());
        }

        static List<CommitmentView> all(BrandId brand, List<Commitment> commitments) {
            return commitments.stream().map(c -> of(brand, c)).toList();
        }
    }

    record TargetExperienceVersionView(
            int number, OffsetDateTime inForceFrom, OffsetDateTime publishedAt, List<CommitmentView> commitments) {

        static TargetExperienceVersionView of(BrandId brand, TargetExperienceVersion version) {
            return new TargetExperienceVersionView(
                    version.number(),
                    dateTime(version.inForceFrom()),
                    dateTime(version.publishedAt()),
                    CommitmentView.all(brand, version.commitments()));
        }
    }

    record TargetExperienceView(
            String id,
            BrandId brandId,
            long version,
            List<CommitmentView> draft,
            boolean hasUnpublishedChanges,
            List<TargetExperienceVersionView> versions,
            TargetExperience source)
            implements NodeView {

        static TargetExperienceView of(TargetExperience target) {
            return new TargetExperienceView(
                    GlobalIds.of(target.id()),
                    target.brandId(),
                    target.version().value(),
                    CommitmentView.all(target.brandId(), target.draft()),
                    target.hasUnpublishedChanges(),
                    target.versions().stream()
                            .map(v -> TargetExperienceVersionView.of(target.brandId(), v))
                            .toList(),
                    target);
        }

        @Override
        public String typeName() {
            return "TargetExperience";
        }
    }

    record OverrideView(String commitmentId, Double targetLevel, String wording) {
        static OverrideView of(CommitmentOverride override) {
            return new OverrideView(
                    GlobalIds.of(override.commitmentId()),
                    override.targetLevel().map(TargetLevel::value).orElse(null),
                    override.wording().map(Wording::text).orElse(null));
        }
    }

    record AdjustmentsView(List<OverrideView> overrides, List<CommitmentView> additions, List<String> exclusions) {
        static AdjustmentsView of(BrandId brand, VariantAdjustments adjustments) {
            return new AdjustmentsView(
                    adjustments.overrides().stream().map(OverrideView::of).toList(),
                    CommitmentView.all(brand, adjustments.additions()),
                    adjustments.exclusions().stream().map(GlobalIds::of).toList());
        }
    }

    record SegmentVariantVersionView(
            int number, OffsetDateTime inForceFrom, OffsetDateTime publishedAt, AdjustmentsView adjustments) {
        static SegmentVariantVersionView of(BrandId brand, SegmentVariantVersion version) {
            return new SegmentVariantVersionView(
                    version.number(),
                    dateTime(version.inForceFrom()),
                    dateTime(version.publishedAt()),
                    AdjustmentsView.of(brand, version.adjustments()));
        }
    }

    record SegmentVariantView(
            String id,
            TargetExperienceId targetExperienceId,
            BrandId brandId,
            SegmentId segmentId,
            long version,
            AdjustmentsView draft,
            boolean hasUnpublishedChanges,
            List<SegmentVariantVersionView> versions)
            implements NodeView {

        static SegmentVariantView of(SegmentVariant variant) {
            return new SegmentVariantView(
                    GlobalIds.of(variant.id()),
                    variant.targetExperienceId(),
                    variant.brandId(),
                    variant.segmentId(),
                    variant.version().value(),
                    AdjustmentsView.of(variant.brandId(), variant.draft()),
                    variant.hasUnpublishedChanges(),
                    variant.versions().stream()
                            .map(v -> SegmentVariantVersionView.of(variant.brandId(), v))
                            .toList());
        }

        @Override
        public String typeName() {
            return "SegmentVariant";
        }
    }

    record EffectiveCommitmentView(
            String id,
            Provenance provenance,
            boolean applies,
            BrandId brandId,
            BrandValueId brandValueId,
            ExperienceVariable variable,
            ScopeView scope,
            double targetLevel,
            String wording,
            Double centralTargetLevel,
            String centralWording) {

        static EffectiveCommitmentView of(BrandId brand, ResolvedCommitment resolved) {
            Commitment c = resolved.commitment();
            boolean overridden = resolved.provenance() == Provenance.OVERRIDDEN;
            return new EffectiveCommitmentView(
                    GlobalIds.of(c.id()),
                    resolved.provenance(),
                    resolved.applies(),
                    brand,
                    c.brandValue(),
                    c.variable(),
                    ScopeView.of(c.scope()),
                    c.targetLevel().value(),
                    c.wording().text(),
                    overridden
                            ? resolved.central()
                                    .map(central -> central.targetLevel().value())
                                    .orElse(null)
                            : null,
                    overridden
                            ? resolved.central()
                                    .map(central -> central.wording().text())
                                    .orElse(null)
                            : null);
        }
    }

    record EffectiveTargetView(
            BrandId brandId,
            Optional<SegmentId> segmentId,
            OffsetDateTime at,
            int centralVersion,
            Integer variantVersion,
            List<EffectiveCommitmentView> commitments) {

        static EffectiveTargetView of(EffectiveTarget target) {
            return new EffectiveTargetView(
                    target.brandId(),
                    target.segmentId(),
                    dateTime(target.at()),
                    target.centralVersion(),
                    target.variantVersion().isPresent()
                            ? target.variantVersion().getAsInt()
                            : null,
                    target.commitments().stream()
                            .map(c -> EffectiveCommitmentView.of(target.brandId(), c))
                            .toList());
        }
    }

    private static String text(Optional<Description> description) {
        return description.map(Description::value).orElse(null);
    }
}
