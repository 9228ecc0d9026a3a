package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.application.port.out.contract.TouchpointRepositoryContract;

class InMemoryTouchpointRepositoryTest extends TouchpointRepositoryContract {

    @Override
    protected TouchpointRepository repository() {
        return new InMemoryTouchpointRepository();
    }
}
