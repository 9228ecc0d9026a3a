package com.gaplens.adapters.graphql.protection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a request cost, filled in while it is checked and reported in the answer's
 * {@code extensions.cost}: {@code requested} (the calculated cost; 0 when refused before it was
 * costed), {@code limit} (the most one operation may cost) and {@code budgetRemaining} (the points left
 * in the tenant's budget after this request; null when the budget was not consulted).
 */
final class CostReport {

    private final long limit;
    private volatile long requested;
    private volatile Long budgetRemaining;
    private volatile String rootField = "none";
    private volatile String operationName;

    CostReport(long limit) {
        this.limit = limit;
    }

    void requested(long cost) {
        this.requested = cost;
    }

    void budgetRemaining(long remaining) {
        this.budgetRemaining = remaining;
    }

    /** The schema field the operation asks for at its root (see {@code RootFieldObservationConvention}). */
    void operation(String rootField, String operationName) {
        this.rootField = rootField;
        this.operationName = operationName;
    }

    String rootField() {
        return rootField;
    }

    /** The operation's name as the client wrote it (for the server log, never a metric); null when anonymous. */
    String operationName() {
        return operationName;
    }

    long requested() {
        return requested;
    }

    Map<String, Object> toMap() {
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requested", requested);
        cost.put("limit", limit);
        cost.put("budgetRemaining", budgetRemaining);
        return cost;
    }
}
