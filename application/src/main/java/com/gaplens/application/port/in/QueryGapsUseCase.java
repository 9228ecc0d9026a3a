package com.gaplens.application.port.in;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GapOrder;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.stream.Stream;

/**
 * Flexible gaps: the cells the filter keeps, merged per group (any subset of the dimensions, plus a time bucket),
 * sorted, one page at a time ({@link #gaps}) or all of them in key order for an export ({@link #allGaps}).
 * Figures come from merging roll-up cells, never from reading raw measurements.
 */
public interface QueryGapsUseCase {

    Page<GapCell> gaps(GapsQuery query);

    /** Every group in key order, as a stream to close: what a CSV export writes row by row. */
    Stream<GapCell> allGaps(GapsQuery query);

    record GapsQuery(TenantId tenant, GapFilter filter, CellGrouping grouping, GapOrder order, PageRequest page) {
        public GapsQuery {
            Require.present(tenant, "tenant");
            Require.present(filter, "filter");
            Require.present(grouping, "groupBy");
            Require.present(order, "orderBy");
            Require.present(page, "first");
        }
    }
}
