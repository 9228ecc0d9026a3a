package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.contract.SegmentRepositoryContract;

class InMemorySegmentRepositoryTest extends SegmentRepositoryContract {

    @Override
    protected SegmentRepository repository() {
        return new InMemorySegmentRepository();
    }
}
