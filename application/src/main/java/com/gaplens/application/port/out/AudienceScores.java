package com.gaplens.application.port.out;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.gap.ScoreSums;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.tenant.TenantId;
import java.util.Map;

/**
 * The lived experience of one audience (customers or employees) per experience variable, merged from the
 * roll-ups: what the symmetry gap of a maturity assessment compares.
 */
public interface AudienceScores {

    /**
     * The merged sums of the brand's measurements of {@code audience} observed in {@code period}, per variable;
     * variables without a measurement are absent.
     */
    Map<ExperienceVariable, ScoreSums> byVariable(TenantId tenant, BrandId brand, Audience audience, Period period);
}
