package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.ImpactStudyRepository;
import com.gaplens.application.port.out.contract.ImpactStudyRepositoryContract;

class InMemoryImpactStudyRepositoryTest extends ImpactStudyRepositoryContract {

    @Override
    protected ImpactStudyRepository repository() {
        return new InMemoryImpactStudyRepository();
    }
}
