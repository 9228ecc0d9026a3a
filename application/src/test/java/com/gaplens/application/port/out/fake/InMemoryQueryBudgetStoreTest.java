package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.QueryBudgetStore;
import com.gaplens.application.port.out.contract.QueryBudgetStoreContract;

class InMemoryQueryBudgetStoreTest extends QueryBudgetStoreContract {

    @Override
    protected QueryBudgetStore store() {
        return new InMemoryQueryBudgetStore();
    }
}
