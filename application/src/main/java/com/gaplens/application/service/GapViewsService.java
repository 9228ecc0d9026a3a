package com.gaplens.application.service;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.port.in.ReadGapViewsUseCase;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.InteractionFamily;
import com.gaplens.domain.experience.PerceptionDimension;
import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.gap.EmotionalProfile;
import com.gaplens.domain.gap.FluidityAndFullness;
import com.gaplens.domain.gap.GapViews;
import com.gaplens.domain.gap.InteractionKey;
import com.gaplens.domain.gap.KeyedGap;
import com.gaplens.domain.gap.SeverityThresholds;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ready-made views of the brief, each a rule of the domain's {@link GapViews} applied to the groups the store
 * merges: the 4 × 3 matrix and its totals ({@link GapViews#rollUp}, {@link GapViews#total}), worst irritants and
 * signature moments ({@link GapViews#worstIrritants}, {@link GapViews#signatureMoments}), brand-value embodiment,
 * fluidity and fullness, the emotional profile and the unpromised blind spots. What runs is what the domain's tests
 * check; this class only reads the groups, maps their keys to the domain's, and reports and labels the groups the
 * rule keeps (only those: a top 10 among hundreds of interactions labels 10).
 */
public final class GapViewsService implements ReadGapViewsUseCase {

    private final GapReports reports;
    private final SegmentComparisons comparisons;

    public GapViewsService(GapStatisticsStore store, CatalogueRepositories catalogue, SeverityThresholds thresholds) {
        this.reports = new GapReports(store, catalogue, thresholds);
        this.comparisons = new SegmentComparisons(reports);
    }

    @Override
    public List<GapCell> groups(ViewQuery query, CellGrouping grouping) {
        return reports.cells(query.tenant(), query.filter(), grouping);
    }

    @Override
    public GapMatrix gapMatrix(ViewQuery query) {
        Map<ExperienceVariable, GapCell> cells = new EnumMap<>(ExperienceVariable.class);
        Map<ExperienceVariable, CellStatistics> statistics = new EnumMap<>(ExperienceVariable.class);
        for (GapCell cell : reports.cells(query.tenant(), query.filter(), CellGrouping.by(GapDimension.VARIABLE))) {
            ExperienceVariable variable = ExperienceVariable.valueOf(
                    cell.keys().get(GapDimension.VARIABLE).value());
            cells.put(variable, cell);
            statistics.put(variable, cell.statistics());
        }
        return new GapMatrix(
                cells,
                totals(
                        GapViews.rollUp(statistics, ExperienceVariable::family),
                        GapDimension.FAMILY,
                        InteractionFamily.class),
                totals(
                        GapViews.rollUp(statistics, ExperienceVariable::dimension),
                        GapDimension.DIMENSION,
                        PerceptionDimension.class),
                reports.cell(Map.of(), GapViews.total(statistics.values())));
    }

    private <E extends Enum<E>> Map<E, GapCell> totals(
            Map<E, CellStatistics> merged, GapDimension dimension, Class<E> type) {
        Map<E, GapCell> totals = new EnumMap<>(type);
        merged.forEach((key, statistics) -> reports.cell(Map.of(dimension, GapCell.Key.named(key.name())), statistics)
                .ifPresent(cell -> totals.put(key, cell)));
        return totals;
    }

    @Override
    public List<GapCell> worstIrritants(ViewQuery query, int limit) {
        Map<InteractionKey, GroupedCell> interactions = interactions(query);
        return reported(
                query,
                GapViews.worstIrritants(statistics(interactions), Function.identity(), reports.thresholds()),
                interactions,
                limit);
    }

    @Override
    public List<GapCell> signatureMoments(ViewQuery query, int limit, boolean includeNotSignificant) {
        Map<InteractionKey, GroupedCell> interactions = interactions(query);
        return reported(
                query,
                GapViews.signatureMoments(
                        statistics(interactions), Function.identity(), reports.thresholds(), includeNotSignificant),
                interactions,
                limit);
    }

    /** The groups per touchpoint × variable, keyed as the domain's rankings key them. */
    private Map<InteractionKey, GroupedCell> interactions(ViewQuery query) {
        Map<InteractionKey, GroupedCell> interactions = new LinkedHashMap<>();
        for (GroupedCell group : reports.groups(
                query.tenant(), query.filter(), CellGrouping.by(GapDimension.TOUCHPOINT, GapDimension.VARIABLE))) {
            interactions.put(
                    new InteractionKey(
                            new TouchpointId(group.key(GapDimension.TOUCHPOINT).orElseThrow()),
                            ExperienceVariable.valueOf(
                                    group.key(GapDimension.VARIABLE).orElseThrow())),
                    group);
        }
        return interactions;
    }

    /** The first {@code limit} groups of a ranking, reported and labelled. */
    private <K> List<GapCell> reported(
            ViewQuery query, List<KeyedGap<K>> ranking, Map<K, GroupedCell> groups, int limit) {
        List<GroupedCell> kept = ranking.stream()
                .limit(limit)
                .map(keyed -> groups.get(keyed.key()))
                .toList();
        return reports.report(reports.labels(query.tenant(), query.filter()), kept);
    }

    @Override
    public List<GapCell> brandValueEmbodiment(ViewQuery query) {
        Map<GroupKey, GroupedCell> groups =
                byKey(reports.groups(query.tenant(), query.filter(), CellGrouping.by(GapDimension.BRAND_VALUE)));
        Map<BrandValueId, GroupedCell> byValue = new LinkedHashMap<>();
        groups.values()
                .forEach(group -> group.key(GapDimension.BRAND_VALUE)
                        .ifPresent(value -> byValue.put(new BrandValueId(value), group)));
        List<GroupedCell> embodied = GapViews.brandValueEmbodiment(
                        statistics(groups),
                        key -> Optional.ofNullable(key.values().get(GapDimension.BRAND_VALUE))
                                .map(BrandValueId::new),
                        reports.thresholds())
                .keySet()
                .stream()
                .map(byValue::get)
                .toList();
        return reports.report(reports.labels(query.tenant(), query.filter()), embodied);
    }

    @Override
    public FluidityAndFullness fluidityAndFullness(ViewQuery query) {
        Map<ExperienceVariable, CellStatistics> statistics = new EnumMap<>(ExperienceVariable.class);
        reports.groups(query.tenant(), query.filter(), CellGrouping.by(GapDimension.VARIABLE))
                .forEach(group -> statistics.put(
                        ExperienceVariable.valueOf(
                                group.key(GapDimension.VARIABLE).orElseThrow()),
                        group.statistics()));
        return GapViews.fluidityAndFullness(statistics, Function.identity(), reports.thresholds());
    }

    @Override
    public EmotionalProfile emotionalProfile(ViewQuery query) {
        return GapViews.emotionalProfile(reports.groups(query.tenant(), query.filter(), CellGrouping.by()).stream()
                .map(GroupedCell::emotions)
                .toList());
    }

    @Override
    public List<GapCell> unpromised(ViewQuery query, int limit) {
        Map<GroupKey, GroupedCell> groups = byKey(reports.groups(
                query.tenant(), query.filter(), CellGrouping.by(GapDimension.TOUCHPOINT, GapDimension.VARIABLE)));
        List<GroupedCell> blindSpots = GapViews.unpromised(statistics(groups)).stream()
                .limit(limit)
                .map(spot -> groups.get(spot.key()))
                .toList();
        return reports.report(reports.labels(query.tenant(), query.filter()), blindSpots);
    }

    @Override
    public List<SegmentComparison> compareSegments(ViewQuery query, List<String> segmentIds, CellGrouping grouping) {
        return comparisons.compare(query, segmentIds, grouping);
    }

    /** The groups by their keys, in the order given (the store's: key order, which ties in rankings keep). */
    private static Map<GroupKey, GroupedCell> byKey(List<GroupedCell> groups) {
        Map<GroupKey, GroupedCell> byKey = new LinkedHashMap<>();
        groups.forEach(group -> byKey.put(group.key(), group));
        return byKey;
    }

    private static <K> Map<K, CellStatistics> statistics(Map<K, GroupedCell> groups) {
        Map<K, CellStatistics> statistics = new LinkedHashMap<>();
        groups.forEach((key, group) -> statistics.put(key, group.statistics()));
        return statistics;
    }
}
