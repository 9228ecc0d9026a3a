package com.gaplens.adapters.graphql.protection;

import java.util.List;

/**
 * Told about every answered GraphQL request: the schema field asked for at its root (never the operation name, which
 * a tenant chooses; {@code none} when refused before the document was read), its calculated cost
 * (0 when refused before it was costed) and the reasons of the protection refusals among its errors. The application
 * wiring turns it into metrics; the adapter knows no metrics library.
 */
public interface QueryCostObserver {

    void answered(String rootField, long cost, List<String> refusals);

    QueryCostObserver NONE = (rootField, cost, refusals) -> {};
}
