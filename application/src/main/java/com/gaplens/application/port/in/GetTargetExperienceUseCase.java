package com.gaplens.application.port.in;

import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/** The target experience of the tenant with that id, if any. */
public interface GetTargetExperienceUseCase {

    Optional<TargetExperience> getTargetExperience(GetTargetExperienceQuery query);

    record GetTargetExperienceQuery(TenantId tenant, TargetExperienceId targetExperienceId) {
        public GetTargetExperienceQuery {
            Require.present(tenant, "tenant");
            Require.present(targetExperienceId, "targetExperienceId");
        }
    }
}
