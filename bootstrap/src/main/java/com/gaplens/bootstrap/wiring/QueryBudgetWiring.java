package com.gaplens.bootstrap.wiring;

import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.QueryBudgetStore;
import com.gaplens.application.service.QueryBudgetPolicy;
import com.gaplens.application.service.QueryBudgetService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each tenant's query budget, its size and refill rate from the configuration. */
@Configuration(proxyBeanMethods = false)
class QueryBudgetWiring {

    @Bean
    QueryBudgetPolicy queryBudgetPolicy(
            @Value("${gaplens.graphql.budget.capacity:1000}") long capacity,
            @Value("${gaplens.graphql.budget.refill-per-second:50}") double refillPerSecond) {
        return new QueryBudgetPolicy(capacity, refillPerSecond);
    }

    @Bean
    QueryBudgetService queryBudget(QueryBudgetStore store, Clock clock, QueryBudgetPolicy policy) {
        return new QueryBudgetService(store, clock, policy);
    }
}
