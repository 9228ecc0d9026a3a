package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.AudienceScores;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.gap.ScoreSums;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Audience scores from sums the test records per tenant, brand, audience, variable and day; a query merges the
 * sums of the days within its period, as the roll-ups do.
 */
public final class InMemoryAudienceScores implements AudienceScores {

    private record Entry(
            TenantId tenant,
            BrandId brand,
            Audience audience,
            ExperienceVariable variable,
            LocalDate day,
            ScoreSums sums) {}

    private final List<Entry> entries = new ArrayList<>();

    /** Records the sums of some measurements of {@code audience} on one day. */
    public synchronized InMemoryAudienceScores record(
            TenantId tenant,
            BrandId brand,
            Audience audience,
            ExperienceVariable variable,
            LocalDate day,
            ScoreSums sums) {
        entries.add(new Entry(tenant, brand, audience, variable, day, sums));
        return this;
    }

    @Override
    public synchronized Map<ExperienceVariable, ScoreSums> byVariable(
            TenantId tenant, BrandId brand, Audience audience, Period period) {
        Map<ExperienceVariable, ScoreSums> merged = new EnumMap<>(ExperienceVariable.class);
        for (Entry e : entries) {
            if (e.tenant().equals(tenant)
                    && e.brand().equals(brand)
                    && e.audience() == audience
                    && period.contains(e.day())
                    && !e.sums().isEmpty()) {
                merged.merge(e.variable(), e.sums(), ScoreSums::merge);
            }
        }
        return merged;
    }
}
