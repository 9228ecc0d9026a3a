package com.gaplens.application.port.in;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.CommitmentDraft;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;

/** Starts the target experience of a brand with a draft of commitments (new ones: no id). {@code BRAND_NOT_FOUND}; {@code DUPLICATE_TARGET_EXPERIENCE} on {@code brandId} (a brand has one; revise its draft instead); commitment failures blame {@code commitments[i].…}. */
public interface DraftTargetExperienceUseCase {

    TargetExperience draftTargetExperience(DraftTargetExperienceCommand command);

    record DraftTargetExperienceCommand(TenantId tenant, BrandId brandId, List<CommitmentDraft> commitments) {
        public DraftTargetExperienceCommand {
            Require.present(tenant, "tenant");
            Require.present(brandId, "brandId");
            Require.noNulls(commitments, "commitments");
            commitments = List.copyOf(commitments);
        }
    }
}
