package com.gaplens.application.port.in;

import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.target.CommitmentDraft;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;

/** Replaces the draft of a target experience by the commitments given, in order: those with an id revise a commitment the target experience knows (keeping its identity), those without are new. */
public interface UpdateTargetExperienceDraftUseCase {

    TargetExperience updateTargetExperienceDraft(UpdateTargetExperienceDraftCommand command);

    record UpdateTargetExperienceDraftCommand(
            TenantId tenant,
            TargetExperienceId targetExperienceId,
            Version expectedVersion,
            List<CommitmentDraft> commitments) {
        public UpdateTargetExperienceDraftCommand {
            Require.present(tenant, "tenant");
            Require.present(targetExperienceId, "targetExperienceId");
            Require.present(expectedVersion, "expectedVersion");
            Require.noNulls(commitments, "commitments");
            commitments = List.copyOf(commitments);
        }
    }
}
