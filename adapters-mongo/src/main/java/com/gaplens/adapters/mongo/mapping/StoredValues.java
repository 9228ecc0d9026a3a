package com.gaplens.adapters.mongo.mapping;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.target.SegmentVariantId;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.target.TargetLevel;
import com.gaplens.domain.target.Wording;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.Instant;
import java.util.Optional;

/**
 * How the domain's single-valued types are stored: identifiers, names, wordings and descriptions as
 * strings, levels as doubles, an empty {@link Optional} as an absent field ({@code null}), instants as
 * ISO-8601 strings (a BSON date keeps milliseconds only; published versions keep their instants to
 * the nanosecond). Used by every document mapper of the adapter ({@code @Mapper(uses = …)}, whose
 * generated code calls these static methods) and by the hand-written {@code from}/{@code toDomain}
 * of aggregate roots. Names differ per type: MapStruct and Java both need it for the optionals.
 * One method per source and target type pair, or MapStruct could not choose: a name's key
 * ({@link Name#key()}, stored beside named things for uniqueness and order) is taken by the roots.
 */
public final class StoredValues {

    private StoredValues() {}

    public static String tenantId(TenantId id) {
        return id.value();
    }

    public static TenantId toTenantId(String value) {
        return new TenantId(value);
    }

    public static String brandId(BrandId id) {
        return id.value();
    }

    public static BrandId toBrandId(String value) {
        return new BrandId(value);
    }

    public static String brandValueId(BrandValueId id) {
        return id.value();
    }

    public static BrandValueId toBrandValueId(String value) {
        return new BrandValueId(value);
    }

    public static String segmentId(SegmentId id) {
        return id.value();
    }

    public static SegmentId toSegmentId(String value) {
        return new SegmentId(value);
    }

    public static String touchpointId(TouchpointId id) {
        return id.value();
    }

    public static TouchpointId toTouchpointId(String value) {
        return new TouchpointId(value);
    }

    public static String targetExperienceId(TargetExperienceId id) {
        return id.value();
    }

    public static TargetExperienceId toTargetExperienceId(String value) {
        return new TargetExperienceId(value);
    }

    public static String segmentVariantId(SegmentVariantId id) {
        return id.value();
    }

    public static SegmentVariantId toSegmentVariantId(String value) {
        return new SegmentVariantId(value);
    }

    public static String commitmentId(CommitmentId id) {
        return id.value();
    }

    public static CommitmentId toCommitmentId(String value) {
        return new CommitmentId(value);
    }

    public static String name(Name name) {
        return name.value();
    }

    public static Name toName(String value) {
        return Name.of(value);
    }

    public static String description(Optional<Description> description) {
        return description.map(Description::value).orElse(null);
    }

    public static Optional<Description> toDescription(String value) {
        return Optional.ofNullable(value).map(Description::of);
    }

    public static String wording(Wording wording) {
        return wording.text();
    }

    public static Wording toWording(String text) {
        return Wording.of(text);
    }

    public static String optionalWording(Optional<Wording> wording) {
        return wording.map(Wording::text).orElse(null);
    }

    public static Optional<Wording> toOptionalWording(String text) {
        return Optional.ofNullable(text).map(Wording::of);
    }

    public static double targetLevel(TargetLevel level) {
        return level.value();
    }

    public static TargetLevel toTargetLevel(double value) {
        return TargetLevel.of(value);
    }

    public static Double optionalTargetLevel(Optional<TargetLevel> level) {
        return level.map(TargetLevel::value).orElse(null);
    }

    public static Optional<TargetLevel> toOptionalTargetLevel(Double value) {
        return Optional.ofNullable(value).map(TargetLevel::of);
    }

    public static String instant(Instant instant) {
        return instant.toString();
    }

    public static Instant toInstant(String value) {
        return Instant.parse(value);
    }

    public static long version(Version version) {
        return version.value();
    }

    public static Version toVersion(long value) {
        return Version.of(value);
    }

    public static String scaleCode(com.gaplens.domain.scale.ScaleCode code) {
        return code.value();
    }

    public static com.gaplens.domain.scale.ScaleCode toScaleCode(String value) {
        return new com.gaplens.domain.scale.ScaleCode(value);
    }
}
