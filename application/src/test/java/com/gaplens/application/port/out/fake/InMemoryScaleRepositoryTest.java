package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.ScaleRepository;
import com.gaplens.application.port.out.contract.ScaleRepositoryContract;

class InMemoryScaleRepositoryTest extends ScaleRepositoryContract {
    @Override
    protected ScaleRepository repository() {
        return new InMemoryScaleRepository();
    }
}
