package com.gaplens.domain.tenant;

import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;

/**
 * A customer organisation of GapLens. Everything else belongs to exactly one tenant, and nothing ever
 * crosses tenants. Credentials and roles live outside the domain.
 */
public final class Tenant {

    private final TenantId id;
    private Name name;
    private final Version version;

    private Tenant(TenantId id, Name name, Version version) {
        this.id = Require.present(id, "tenantId");
        this.name = Require.present(name, "name");
        this.version = Require.present(version, "version");
    }

    public static Tenant create(TenantId id, Name name) {
        return new Tenant(id, name, Version.NEW);
    }

    public static Tenant restore(TenantId id, Name name, Version version) {
        return new Tenant(id, name, version);
    }

    public void rename(Name newName) {
        this.name = Require.present(newName, "name");
    }

    public TenantId id() {
        return id;
    }

    public Name name() {
        return name;
    }

    public Version version() {
        return version;
    }
}
