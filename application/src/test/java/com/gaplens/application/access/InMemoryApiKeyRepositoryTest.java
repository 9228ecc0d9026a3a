package com.gaplens.application.access;

import com.gaplens.application.fake.InMemoryApiKeyRepository;
import com.gaplens.application.port.out.access.ApiKeyRepository;

class InMemoryApiKeyRepositoryTest extends ApiKeyRepositoryContract {
    @Override
    protected ApiKeyRepository repository() {
        return new InMemoryApiKeyRepository();
    }
}
