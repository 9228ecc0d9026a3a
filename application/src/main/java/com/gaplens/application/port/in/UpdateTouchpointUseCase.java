package com.gaplens.application.port.in;

import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.Optional;

/** Renames, redescribes or relocates (phase, channel) a touchpoint. */
public interface UpdateTouchpointUseCase {

    Touchpoint updateTouchpoint(UpdateTouchpointCommand command);

    record UpdateTouchpointCommand(
            TenantId tenant,
            TouchpointId touchpointId,
            Version expectedVersion,
            Name name,
            JourneyPhase phase,
            Channel channel,
            Optional<Description> description) {
        public UpdateTouchpointCommand {
            Require.present(tenant, "tenant");
            Require.present(touchpointId, "touchpointId");
            Require.present(expectedVersion, "expectedVersion");
            Require.present(name, "name");
            Require.present(phase, "phase");
            Require.present(channel, "channel");
            Require.present(description, "description");
        }
    }
}
