package com.gaplens.adapters.graphql.protection;

import java.util.List;

/**
 * Told about every answered GraphQL request: its operation name (as the client sent it, or null), its calculated cost
 * (0 when refused before it was costed) and the reasons of the protection refusals among its errors. The application
 * wiring turns it into metrics; the adapter knows no metrics library.
 */
public interface QueryCostObserver {

    void answered(String operationName, long cost, List<String> refusals);

    QueryCostObserver NONE = (operationName, cost, refusals) -> {};
}
