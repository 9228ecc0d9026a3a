package com.gaplens.application.service;

import com.gaplens.application.port.in.DefineTenantUseCase;
import com.gaplens.application.port.in.GetTenantUseCase;
import com.gaplens.application.port.out.TenantRepository;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.Tenant;
import java.util.Optional;

/** Tenants. */
public final class TenantService implements DefineTenantUseCase, GetTenantUseCase {

    private final TenantRepository tenants;

    public TenantService(TenantRepository tenants) {
        this.tenants = Require.present(tenants, "tenants");
    }

    @Override
    public Tenant defineTenant(DefineTenantCommand command) {
        if (tenants.find(command.tenant()).isPresent()) {
            throw new ConflictException(
                    "TENANT_ALREADY_EXISTS", "tenant", "tenant " + command.tenant() + " already exists");
        }
        return tenants.save(command.tenant(), Tenant.create(command.tenant(), command.name()));
    }

    @Override
    public Optional<Tenant> getTenant(GetTenantQuery query) {
        return tenants.find(query.tenant());
    }
}
