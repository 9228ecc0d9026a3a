package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.contract.BrandRepositoryContract;

class InMemoryBrandRepositoryTest extends BrandRepositoryContract {

    @Override
    protected BrandRepository repository() {
        return new InMemoryBrandRepository();
    }
}
