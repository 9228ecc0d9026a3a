package com.gaplens.domain.target;

import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What commitments may refer to: the brand (with its values) and the touchpoints they are scoped to, as
 * loaded for one change. A commitment is valid only if its brand value is an active value of this brand
 * and every touchpoint of its scope is an active touchpoint of this brand.
 */
public final class PromiseReferences {

    private final Brand brand;
    private final Map<TouchpointId, Touchpoint> touchpoints;

    private PromiseReferences(Brand brand, Collection<Touchpoint> touchpoints) {
        this.brand = Require.present(brand, "brand");
        Require.noNulls(touchpoints, "touchpoints");
        this.touchpoints = touchpoints.stream()
                .collect(Collectors.toUnmodifiableMap(Touchpoint::id, Function.identity(), (a, b) -> a));
    }

    /** The references of {@code brand}: its values, and the touchpoints given (those of other brands are ignored when checking). */
    public static PromiseReferences of(Brand brand, Collection<Touchpoint> touchpoints) {
        return new PromiseReferences(brand, touchpoints);
    }

    /** The touchpoints the given drafts are scoped to: what a caller must load to build the references. */
    public static Set<TouchpointId> touchpointsNamedBy(Collection<CommitmentDraft> drafts) {
        Set<TouchpointId> ids = new LinkedHashSet<>();
        for (CommitmentDraft draft : drafts) {
            if (draft.scope() instanceof CommitmentScope.TouchpointScoped scoped) {
                ids.addAll(scoped.touchpoints());
            }
        }
        return ids;
    }

    /** The touchpoints the given commitments are scoped to. */
    public static Set<TouchpointId> touchpointsOf(Collection<Commitment> commitments) {
        return touchpointsNamedBy(commitments.stream().map(CommitmentDraft::of).toList());
    }

    public Brand brand() {
        return brand;
    }

    public BrandId brandId() {
        return brand.id();
    }

    /**
     * Checks the references of {@code commitment}, blaming {@code field.brandValue} ({@code UNKNOWN_BRAND_VALUE},
     * {@code ARCHIVED_REFERENCE}) or {@code field.scope.touchpoints} ({@code UNKNOWN_TOUCHPOINT},
     * {@code ARCHIVED_REFERENCE}).
     */
    public void check(Commitment commitment, String field) {
        brand.usableValue(commitment.brandValue(), field + ".brandValue");
        if (commitment.scope() instanceof CommitmentScope.TouchpointScoped scoped) {
            String touchpointsField = field + ".scope.touchpoints";
            for (TouchpointId id : scoped.touchpoints()) {
                Touchpoint touchpoint = touchpoints.get(id);
                if (touchpoint == null
                        || !touchpoint.brandId().equals(brand.id())
                        || !touchpoint.tenantId().equals(brand.tenantId())) {
                    throw new InvalidInputException(
                            "UNKNOWN_TOUCHPOINT", touchpointsField, "the brand has no touchpoint " + id);
                }
                touchpoint.requireUsable(touchpointsField);
            }
        }
    }
}
