package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.TenantRepository;
import com.gaplens.application.port.out.contract.TenantRepositoryContract;

class InMemoryTenantRepositoryTest extends TenantRepositoryContract {

    @Override
    protected TenantRepository repository() {
        return new InMemoryTenantRepository();
    }
}
