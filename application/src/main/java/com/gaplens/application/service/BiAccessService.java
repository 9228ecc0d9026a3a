package com.gaplens.application.service;

import com.gaplens.application.bi.BiAccess;
import com.gaplens.application.bi.BiCredentials;
import com.gaplens.application.port.in.ManageBiAccessUseCase;
import com.gaplens.application.port.out.BiLogins;
import com.gaplens.application.port.out.BiWarehouse;
import com.gaplens.application.port.out.Clock;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;

/** Read-only BI logins of a tenant: its published place is prepared before the first is granted. */
public final class BiAccessService implements ManageBiAccessUseCase {

    private final BiWarehouse warehouse;
    private final BiLogins logins;
    private final Clock clock;

    public BiAccessService(BiWarehouse warehouse, BiLogins logins, Clock clock) {
        this.warehouse = Require.present(warehouse, "warehouse");
        this.logins = Require.present(logins, "logins");
        this.clock = Require.present(clock, "clock");
    }

    @Override
    public BiCredentials grant(GrantBiAccessCommand command) {
        warehouse.prepare(command.tenant());
        return logins.grant(command.tenant(), command.label(), clock.now());
    }

    @Override
    public List<BiAccess> list(TenantId tenant) {
        return logins.list(Require.present(tenant, "tenant"));
    }

    @Override
    public BiAccess revoke(RevokeBiAccessCommand command) {
        return logins.revoke(command.tenant(), command.accessId())
                .orElseThrow(() -> new NotFoundException(
                        "BI_ACCESS_NOT_FOUND", "accessId", "no BI access " + command.accessId() + " to revoke"));
    }
}
