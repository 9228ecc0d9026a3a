package com.gaplens.application.port.out;

import com.gaplens.application.bi.BiLabels;
import com.gaplens.application.bi.GapRow;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;

/**
 * Where the BI publication copies each tenant's month rows and labels (a PostgreSQL schema per tenant). Every write
 * is idempotent and keeps, per row and per label, the one of highest version: several publishers may write the same
 * rows at once and in any order.
 */
public interface BiWarehouse {

    /**
     * Makes sure the tenant's place exists with everything it holds (tables, views, functions) at the current
     * definition; safe to call concurrently. Returns whether its labels were ever published whole
     * ({@link #markLabelsComplete}); a new place has none.
     */
    boolean prepare(TenantId tenant);

    /** Remembers that every label of the tenant was published once: from now on, changes suffice. */
    void markLabelsComplete(TenantId tenant);

    /**
     * Writes these rows, all or none: a row of higher version than the copy's replaces it, others change nothing.
     * A row without report (its cell is empty) stays as a tombstone that readers do not see, so that an older copy
     * of it can never come back.
     */
    void upsertRows(TenantId tenant, List<GapRow> rows);

    /** Writes these labels, all or none, each replacing the copy of lower version. */
    void upsertLabels(TenantId tenant, BiLabels labels);
}
