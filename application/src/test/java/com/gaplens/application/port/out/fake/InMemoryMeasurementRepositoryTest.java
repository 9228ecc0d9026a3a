package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.contract.MeasurementRepositoryContract;

class InMemoryMeasurementRepositoryTest extends MeasurementRepositoryContract {

    @Override
    protected MeasurementRepository repository() {
        return new InMemoryMeasurementRepository();
    }
}
