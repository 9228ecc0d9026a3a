package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.ApiKeyRepository;
import com.gaplens.application.port.out.contract.ApiKeyRepositoryContract;

class InMemoryApiKeyRepositoryTest extends ApiKeyRepositoryContract {
    @Override
    protected ApiKeyRepository repository() {
        return new InMemoryApiKeyRepository();
    }
}
