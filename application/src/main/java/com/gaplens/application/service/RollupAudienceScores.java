package com.gaplens.application.service;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.port.out.AudienceScores;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.gap.ScoreSums;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Audience scores read from the roll-ups: the brand's cells of one audience in the period, merged per variable. */
public final class RollupAudienceScores implements AudienceScores {

    private final GapStatisticsStore store;

    public RollupAudienceScores(GapStatisticsStore store) {
        this.store = Require.present(store, "store");
    }

    @Override
    public Map<ExperienceVariable, ScoreSums> byVariable(
            TenantId tenant, BrandId brand, Audience audience, Period period) {
        GapFilter filter = GapFilter.everything()
                .with(GapDimension.BRAND, Set.of(brand.value()))
                .during(period)
                .of(audience);
        Map<ExperienceVariable, ScoreSums> scores = new EnumMap<>(ExperienceVariable.class);
        try (Stream<GroupedCell> cells = store.query(tenant, filter, CellGrouping.by(GapDimension.VARIABLE))) {
            cells.forEach(cell -> scores.merge(
                    ExperienceVariable.valueOf(cell.key(GapDimension.VARIABLE).orElseThrow()),
                    cell.statistics().all(),
                    ScoreSums::merge));
        }
        return scores;
    }
}
