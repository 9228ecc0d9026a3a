package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.MaturityAssessmentRepository;
import com.gaplens.application.port.out.contract.MaturityAssessmentRepositoryContract;

class InMemoryMaturityAssessmentRepositoryTest extends MaturityAssessmentRepositoryContract {

    @Override
    protected MaturityAssessmentRepository repository() {
        return new InMemoryMaturityAssessmentRepository();
    }
}
