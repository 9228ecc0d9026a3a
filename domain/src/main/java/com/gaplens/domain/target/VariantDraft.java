package com.gaplens.domain.target;

import com.gaplens.domain.shared.Require;
import java.util.List;

/**
 * A segment variant as a draft states it: overrides and exclusions of central commitments, and
 * additions (new commitments without id, or revisions of additions the variant already knows).
 */
public record VariantDraft(
        List<CommitmentOverride> overrides, List<CommitmentDraft> additions, List<CommitmentId> exclusions) {

    public VariantDraft {
        Require.noNulls(overrides, "overrides");
        Require.noNulls(additions, "additions");
        Require.noNulls(exclusions, "exclusions");
        overrides = List.copyOf(overrides);
        additions = List.copyOf(additions);
        exclusions = List.copyOf(exclusions);
    }

    public static VariantDraft empty() {
        return new VariantDraft(List.of(), List.of(), List.of());
    }
}
