package com.gaplens.application.port.out;

import com.gaplens.application.listing.ImpactStudyFilter;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.domain.impact.ImpactStudy;
import com.gaplens.domain.impact.ImpactStudyId;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/**
 * Stores impact studies whole: definition, observation batches and summaries, under optimistic concurrency (two
 * writers recording data at once never lose a batch: the later save is {@code STALE_VERSION} and is retried on a
 * fresh read). See the package documentation.
 */
public interface ImpactStudyRepository {

    Optional<ImpactStudy> find(TenantId tenant, ImpactStudyId id);

    /** Studies ordered by the first day of their period then id; the cursor's sort key is that day (ISO-8601). */
    Page<ImpactStudy> list(TenantId tenant, ImpactStudyFilter filter, PageRequest page);

    ImpactStudy save(TenantId tenant, ImpactStudy study);
}
