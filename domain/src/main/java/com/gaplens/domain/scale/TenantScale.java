package com.gaplens.domain.scale;

import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;

/**
 * A scale a tenant declared for its own measurements. Aggregate root, identified by its code within
 * the tenant.
 *
 * <p>Its range, direction and dispersion never change once defined: measurements already normalised
 * with them would silently change meaning. A scale that is wrong is archived (no new measurement may
 * use it; those recorded keep their scores) and a new one defined under another code.
 */
public final class TenantScale {

    private final TenantId tenantId;
    private final Scale scale;
    private LifecycleStatus status;
    private final Version version;

    private TenantScale(TenantId tenantId, Scale scale, LifecycleStatus status, Version version) {
        this.tenantId = Require.present(tenantId, "tenantId");
        this.scale = Require.present(scale, "scale");
        this.status = Require.present(status, "status");
        this.version = Require.present(version, "version");
        if (StandardScales.isStandard(scale.code())) {
            throw new ConflictException(
                    "SCALE_CODE_RESERVED", "scaleCode", "scaleCode " + scale.code() + " is a standard scale");
        }
    }

    /** A new, active scale of the tenant; {@code scale} comes from {@link Scale#define}. */
    public static TenantScale create(TenantId tenantId, Scale scale) {
        return new TenantScale(tenantId, scale, LifecycleStatus.ACTIVE, Version.NEW);
    }

    public static TenantScale restore(TenantId tenantId, Scale scale, LifecycleStatus status, Version version) {
        return new TenantScale(tenantId, scale, status, version);
    }

    /** No new measurement may use the scale; archiving twice changes nothing. */
    public void archive() {
        this.status = LifecycleStatus.ARCHIVED;
    }

    public boolean isActive() {
        return status == LifecycleStatus.ACTIVE;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public ScaleCode code() {
        return scale.code();
    }

    public Scale scale() {
        return scale;
    }

    public LifecycleStatus status() {
        return status;
    }

    public Version version() {
        return version;
    }
}
