package com.gaplens.application.port.in;

import com.gaplens.domain.scale.Scale;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** The scales measurements of a tenant may be recorded on: the standard ones, then the tenant's own. */
public interface ListScalesUseCase {

    List<AvailableScale> listScales(ListScalesQuery query);

    /** The scale named {@code code} for the tenant: a standard one, or one of its own (archived or not). */
    Optional<AvailableScale> findScale(TenantId tenant, ScaleCode code);

    record ListScalesQuery(TenantId tenant, boolean includeArchived) {
        public ListScalesQuery {
            Require.present(tenant, "tenant");
        }
    }

    /** A scale with where it comes from; standard scales have no version and are never archived. */
    record AvailableScale(Scale scale, boolean standard, LifecycleStatus status, Optional<Version> version) {
        public AvailableScale {
            Require.present(scale, "scale");
            Require.present(status, "status");
            Require.present(version, "version");
        }

        public ScaleCode code() {
            return scale.code();
        }
    }
}
