package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.contract.SegmentVariantRepositoryContract;

class InMemorySegmentVariantRepositoryTest extends SegmentVariantRepositoryContract {

    @Override
    protected SegmentVariantRepository repository() {
        return new InMemorySegmentVariantRepository();
    }
}
