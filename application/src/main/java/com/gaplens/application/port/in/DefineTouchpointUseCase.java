package com.gaplens.application.port.in;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import java.util.Optional;

/** Defines a touchpoint of a brand. {@code BRAND_NOT_FOUND}; {@code ARCHIVED_REFERENCE} on {@code brandId}; {@code DUPLICATE_NAME} within the brand. */
public interface DefineTouchpointUseCase {

    Touchpoint defineTouchpoint(DefineTouchpointCommand command);

    record DefineTouchpointCommand(
            TenantId tenant,
            BrandId brandId,
            Name name,
            JourneyPhase phase,
            Channel channel,
            Optional<Description> description) {
        public DefineTouchpointCommand {
            Require.present(tenant, "tenant");
            Require.present(brandId, "brandId");
            Require.present(name, "name");
            Require.present(phase, "phase");
            Require.present(channel, "channel");
            Require.present(description, "description");
        }
    }
}
