package com.gaplens.application.bi;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.SegmentVariantId;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.touchpoint.TouchpointId;

/**
 * A catalogue object whose saving may change published labels: a brand (its name and its values' names), a
 * touchpoint, a segment, a target experience (its commitments' wordings) or a segment variant (the commitments it
 * adds).
 */
public sealed interface LabelSource {

    /** A stable text of the kind and id, what a change feed keys its marks by. */
    String key();

    record OfBrand(BrandId id) implements LabelSource {
        public OfBrand {
            Require.present(id, "id");
        }

        @Override
        public String key() {
            return "brand:" + id.value();
        }
    }

    record OfTouchpoint(TouchpointId id) implements LabelSource {
        public OfTouchpoint {
            Require.present(id, "id");
        }

        @Override
        public String key() {
            return "touchpoint:" + id.value();
        }
    }

    record OfSegment(SegmentId id) implements LabelSource {
        public OfSegment {
            Require.present(id, "id");
        }

        @Override
        public String key() {
            return "segment:" + id.value();
        }
    }

    record OfTargetExperience(TargetExperienceId id) implements LabelSource {
        public OfTargetExperience {
            Require.present(id, "id");
        }

        @Override
        public String key() {
            return "target:" + id.value();
        }
    }

    record OfSegmentVariant(SegmentVariantId id) implements LabelSource {
        public OfSegmentVariant {
            Require.present(id, "id");
        }

        @Override
        public String key() {
            return "variant:" + id.value();
        }
    }

    /** The source a {@link #key()} names. */
    static LabelSource ofKey(String key) {
        Require.present(key, "key");
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a label source key: " + key);
        }
        String id = key.substring(colon + 1);
        return switch (key.substring(0, colon)) {
            case "brand" -> new OfBrand(new BrandId(id));
            case "touchpoint" -> new OfTouchpoint(new TouchpointId(id));
            case "segment" -> new OfSegment(new SegmentId(id));
            case "target" -> new OfTargetExperience(new TargetExperienceId(id));
            case "variant" -> new OfSegmentVariant(new SegmentVariantId(id));
            default -> throw new IllegalArgumentException("not a label source key: " + key);
        };
    }
}
