package com.gaplens.application.port.in;

import com.gaplens.domain.scale.Direction;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.scale.TenantScale;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.OptionalDouble;

/** Declares a scale of the tenant's own, beside the standard ones. */
public interface DefineScaleUseCase {

    TenantScale defineScale(DefineScaleCommand command);

    record DefineScaleCommand(
            TenantId tenant,
            ScaleCode code,
            String name,
            double min,
            double max,
            Direction direction,
            boolean share,
            OptionalDouble defaultDispersion) {
        public DefineScaleCommand {
            Require.present(tenant, "tenant");
            Require.present(code, "scaleCode");
            Require.present(direction, "direction");
            Require.present(defaultDispersion, "defaultDispersion");
        }
    }
}
