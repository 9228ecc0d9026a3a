package com.gaplens.application.port.in;

import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/** Publishes the draft as the next immutable version, in force from {@code inForceFrom} (now when absent), stamped with the clock's now as its publication instant. */
public interface PublishTargetExperienceUseCase {

    TargetExperience publishTargetExperience(PublishTargetExperienceCommand command);

    record PublishTargetExperienceCommand(
            TenantId tenant,
            TargetExperienceId targetExperienceId,
            Version expectedVersion,
            Optional<Instant> inForceFrom) {
        public PublishTargetExperienceCommand {
            Require.present(tenant, "tenant");
            Require.present(targetExperienceId, "targetExperienceId");
            Require.present(expectedVersion, "expectedVersion");
            Require.present(inForceFrom, "inForceFrom");
        }
    }
}
