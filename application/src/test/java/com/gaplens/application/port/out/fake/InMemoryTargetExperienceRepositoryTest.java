package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.port.out.contract.TargetExperienceRepositoryContract;

class InMemoryTargetExperienceRepositoryTest extends TargetExperienceRepositoryContract {

    @Override
    protected TargetExperienceRepository repository() {
        return new InMemoryTargetExperienceRepository();
    }
}
