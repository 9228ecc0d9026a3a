package com.gaplens.adapters.graphql.support;

import com.gaplens.domain.access.ApiKeyId;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.impact.ImpactStudyId;
import com.gaplens.domain.maturity.MaturityAssessmentId;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.target.SegmentVariantId;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.function.Function;

/** The global ids of each kind of object: encoding for output, decoding (type-checked) for input. */
public final class GlobalIds {

    public static final String BRAND = "Brand";
    public static final String BRAND_VALUE = "BrandValue";
    public static final String SEGMENT = "Segment";
    public static final String TOUCHPOINT = "Touchpoint";
    public static final String TARGET_EXPERIENCE = "TargetExperience";
    public static final String SEGMENT_VARIANT = "SegmentVariant";
    public static final String COMMITMENT = "Commitment";
    public static final String API_KEY = "ApiKey";
    public static final String IMPACT_STUDY = "ImpactStudy";
    public static final String MATURITY_ASSESSMENT = "MaturityAssessment";

    private GlobalIds() {}

    public static String of(BrandId id) {
        return GlobalId.encode(BRAND, id.value());
    }

    public static String of(BrandValueId id) {
        return GlobalId.encode(BRAND_VALUE, id.value());
    }

    public static String of(SegmentId id) {
        return GlobalId.encode(SEGMENT, id.value());
    }

    public static String of(TouchpointId id) {
        return GlobalId.encode(TOUCHPOINT, id.value());
    }

    public static String of(TargetExperienceId id) {
        return GlobalId.encode(TARGET_EXPERIENCE, id.value());
    }

    public static String of(SegmentVariantId id) {
        return GlobalId.encode(SEGMENT_VARIANT, id.value());
    }

    public static String of(ApiKeyId id) {
        return GlobalId.encode(API_KEY, id.value());
    }

    public static ApiKeyId apiKey(String id, String field) {
        return decode(id, API_KEY, field, ApiKeyId::new);
    }

    public static String of(CommitmentId id) {
        return GlobalId.encode(COMMITMENT, id.value());
    }

    public static BrandId brand(String id, String field) {
        return decode(id, BRAND, field, BrandId::new);
    }

    public static BrandValueId brandValue(String id, String field) {
        return decode(id, BRAND_VALUE, field, BrandValueId::new);
    }

    public static SegmentId segment(String id, String field) {
        return decode(id, SEGMENT, field, SegmentId::new);
    }

    public static TouchpointId touchpoint(String id, String field) {
        return decode(id, TOUCHPOINT, field, TouchpointId::new);
    }

    public static TargetExperienceId targetExperience(String id, String field) {
        return decode(id, TARGET_EXPERIENCE, field, TargetExperienceId::new);
    }

    public static SegmentVariantId segmentVariant(String id, String field) {
        return decode(id, SEGMENT_VARIANT, field, SegmentVariantId::new);
    }

    public static CommitmentId commitment(String id, String field) {
        return decode(id, COMMITMENT, field, CommitmentId::new);
    }

    public static String of(ImpactStudyId id) {
        return GlobalId.encode(IMPACT_STUDY, id.value());
    }

    public static ImpactStudyId impactStudy(String id, String field) {
        return decode(id, IMPACT_STUDY, field, ImpactStudyId::new);
    }

    public static String of(MaturityAssessmentId id) {
        return GlobalId.encode(MATURITY_ASSESSMENT, id.value());
    }

    public static MaturityAssessmentId maturityAssessment(String id, String field) {
        return decode(id, MATURITY_ASSESSMENT, field, MaturityAssessmentId::new);
    }

    private static <T> T decode(String id, String type, String field, Function<String, T> make) {
        if (id == null) {
            throw new InvalidInputException("REQUIRED", field, field + " is required");
        }
        String raw = GlobalId.rawIdOf(id, type, field);
        try {
            return make.apply(raw);
        } catch (InvalidInputException malformed) {
            throw new NotFoundException("UNKNOWN_ID", field, "no object has the id given in " + field);
        }
    }
}
