package com.gaplens.application.service;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GapOrder;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.listing.Cursor;
import com.gaplens.application.listing.Edge;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.in.QueryGapsUseCase;
import com.gaplens.application.port.in.ReadGapViewsUseCase;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.InteractionFamily;
import com.gaplens.domain.experience.PerceptionDimension;
import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.gap.EmotionTally;
import com.gaplens.domain.gap.EmotionalProfile;
import com.gaplens.domain.gap.FluidityAndFullness;
import com.gaplens.domain.gap.Gap;
import com.gaplens.domain.gap.Severity;
import com.gaplens.domain.gap.SeverityThresholds;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.Commitment;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetExperienceVersion;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Gap views, all from the roll-ups: the store merges the cells the filter keeps per group, this service turns the
 * merged statistics into reports (lived score, interval, gap, significance, severity, triangulation), labels the
 * keys with names, sorts and pages. Groups are computed per request (their number is bounded by the catalogue, not
 * by the measurements), sorted by the figure asked with ties broken by keys, and paged by cursors naming a group:
 * stable as long as the data does not change, and never skipping a group that stays.
 */
public final class GapViewsService implements QueryGapsUseCase, ReadGapViewsUseCase {

    private final GapStatisticsStore store;
    private final BrandRepository brands;
    private final TouchpointRepository touchpoints;
    private final SegmentRepository segments;
    private final TargetExperienceRepository targets;
    private final SeverityThresholds thresholds;

    public GapViewsService(
            GapStatisticsStore store,
            BrandRepository brands,
            TouchpointRepository touchpoints,
            SegmentRepository segments,
            TargetExperienceRepository targets,
            SeverityThresholds thresholds) {
        this.store = Require.present(store, "store");
        this.brands = Require.present(brands, "brands");
        this.touchpoints = Require.present(touchpoints, "touchpoints");
        this.segments = Require.present(segments, "segments");
        this.targets = Require.present(targets, "targets");
        this.thresholds = Require.present(thresholds, "thresholds");
    }

    /**
     * Sorts every group by the figure asked, which comes from the merged sums alone, then reports (interval,
     * significance, severity, labels) only the groups of the page: a page of 100 among thousands of groups costs
     * 100 reports, not thousands.
     */
    @Override
    public Page<GapCell> gaps(GapsQuery query) {
        if (query.order().field() == GapOrder.Field.KEYS) {
            return gapsInKeyOrder(query);
        }
        record Ranked(GroupedCell group, OptionalDouble figure, String identity) {}
        List<Ranked> ranked = new ArrayList<>();
        try (Stream<GroupedCell> groups = store.query(query.tenant(), query.filter(), query.grouping())) {
            groups.filter(group -> !group.statistics().isEmpty())
                    .forEach(group ->
                            ranked.add(new Ranked(group, query.order().figure(group.statistics()), group.identity())));
        }
        ranked.sort(query.order().comparing(Ranked::figure, Ranked::identity));
        int start = 0;
        if (query.page().after().isPresent()) {
            String after = query.page().after().get().id();
            start = ranked.size();
            for (int i = 0; i < ranked.size(); i++) {
                if (cursorId(ranked.get(i).identity()).equals(after)) {
                    start = i + 1;
                    break;
                }
            }
        }
        int end = Math.min(ranked.size(), start + query.page().first());
        List<GroupedCell> page =
                ranked.subList(start, end).stream().map(Ranked::group).toList();
        return new Page<>(
                edges(query, page, group -> Cursor.of(query.order().field().name(), cursorId(group.identity()))),
                end < ranked.size(),
                start > 0);
    }

    /**
     * In the order of the keys (what BI rows are read in), the store sorts where the cells are and this reads the
     * groups of the page only, plus one to know whether more follow. Cursors carry the keys of their group, so the
     * next page starts right after it, wherever that group went meanwhile.
     */
    private Page<GapCell> gapsInKeyOrder(GapsQuery query) {
        Optional<GroupKey> after = query.page().after().map(cursor -> GroupKey.decode(cursor.sortKey()));
        int first = query.page().first();
        List<GroupedCell> read;
        try (Stream<GroupedCell> groups = store.queryInKeyOrder(
                query.tenant(),
                query.filter(),
                query.grouping(),
                after,
                query.order().descending())) {
            read = groups.filter(group -> !group.statistics().isEmpty())
                    .limit(first + 1L)
                    .toList();
        }
        List<GroupedCell> page = read.subList(0, Math.min(first, read.size()));
        return new Page<>(
                edges(query, page, group -> Cursor.of(group.key().encoded(), cursorId(group.identity()))),
                read.size() > first,
                after.isPresent());
    }

    /** The page's groups reported and labelled, each with its cursor. */
    private List<Edge<GapCell>> edges(GapsQuery query, List<GroupedCell> page, Function<GroupedCell, Cursor> cursor) {
        Labels labels = new Labels(query.tenant(), query.filter());
        labels.readAll(page);
        List<Edge<GapCell>> edges = new ArrayList<>();
        for (GroupedCell group : page) {
            edges.add(new Edge<>(toCell(group, labels).orElseThrow(), cursor.apply(group)));
        }
        return edges;
    }

    /** A group's place in any order: a digest of its keys, which cursors carry. */
    private static String cursorId(String identity) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public Stream<GapCell> allGaps(GapsQuery query) {
        Labels labels = new Labels(query.tenant(), query.filter());
        return store.export(query.tenant(), query.filter(), query.grouping())
                .map(group -> toCell(group, labels))
                .flatMap(Optional::stream);
    }

    @Override
    public List<SegmentComparison> compareSegments(ViewQuery query, List<String> segmentIds, CellGrouping grouping) {
        if (segmentIds.size() < 2 || segmentIds.size() > 6) {
            throw new com.gaplens.domain.shared.InvalidInputException(
                    "SEGMENT_COUNT_OUT_OF_RANGE", "segmentIds", "compare 2 to 6 segments, got " + segmentIds.size());
        }
        Set<GapDimension> dimensions = new HashSet<>(grouping.dimensions());
        dimensions.remove(GapDimension.SEGMENT);
        Set<GapDimension> withSegment = new HashSet<>(dimensions);
        withSegment.add(GapDimension.SEGMENT);
        List<GapCell> cells = cells(
                query.tenant(),
                query.filter().with(GapDimension.SEGMENT, new HashSet<>(segmentIds)),
                new CellGrouping(withSegment, grouping.bucket()));
        record Row(Map<GapDimension, GapCell.Key> keys, Optional<String> bucket, Map<String, GapCell> bySegment) {}
        Map<String, Row> rows = new java.util.TreeMap<>();
        for (GapCell cell : cells) {
            Map<GapDimension, GapCell.Key> keys = new EnumMap<>(GapDimension.class);
            cell.keys().forEach((d, k) -> {
                if (d != GapDimension.SEGMENT) {
                    keys.put(d, k);
                }
            });
            rows.computeIfAbsent(
                            GapCell.identityOf(keys, cell.bucket()), k -> new Row(keys, cell.bucket(), new HashMap<>()))
                    .bySegment()
                    .put(cell.keys().get(GapDimension.SEGMENT).value(), cell);
        }
        List<SegmentComparison> comparisons = new ArrayList<>();
        rows.values().forEach(row -> {
            List<Optional<GapCell>> ordered = segmentIds.stream()
                    .map(id -> Optional.ofNullable(row.bySegment().get(id)))
                    .toList();
            Optional<SegmentDifference> difference =
                    ordered.get(0).isPresent() && ordered.get(1).isPresent()
                            ? difference(ordered.get(0).get(), ordered.get(1).get())
                            : Optional.empty();
            comparisons.add(new SegmentComparison(row.keys(), row.bucket(), ordered, difference));
        });
        return comparisons;
    }

    private static Optional<SegmentDifference> difference(GapCell first, GapCell second) {
        var a = first.report().lived();
        var b = second.report().lived();
        if (a.variance().isEmpty() || b.variance().isEmpty()) {
            return Optional.empty();
        }
        var result = com.gaplens.domain.impact.ImpactAnalysis.welch(
                LIVED,
                new com.gaplens.domain.impact.ContinuousSummary(
                        a.weight(), a.lived(), Math.sqrt(a.variance().getAsDouble())),
                new com.gaplens.domain.impact.ContinuousSummary(
                        b.weight(), b.lived(), Math.sqrt(b.variance().getAsDouble())));
        if (!(result instanceof com.gaplens.domain.impact.ImpactResult.Tested tested)) {
            return Optional.empty();
        }
        java.util.OptionalDouble gapDifference =
                first.report().gap().isPresent() && second.report().gap().isPresent()
                        ? java.util.OptionalDouble.of(first.report().gap().get().value()
                                - second.report().gap().get().value())
                        : java.util.OptionalDouble.empty();
        return Optional.of(new SegmentDifference(
                tested.difference(),
                gapDifference,
                tested.interval95().lower(),
                tested.interval95().upper(),
                tested.pValue(),
                tested.degreesOfFreedom(),
                tested.significant()));
    }

    private static final com.gaplens.domain.impact.ImpactMetric LIVED = com.gaplens.domain.impact.ImpactMetric.custom(
            "LIVED",
            com.gaplens.domain.impact.MetricKind.CONTINUOUS,
            com.gaplens.domain.impact.Direction.HIGHER_IS_BETTER);

    @Override
    public List<GapCell> groups(ViewQuery query, CellGrouping grouping) {
        return cells(query.tenant(), query.filter(), grouping);
    }

    @Override
    public GapMatrix gapMatrix(ViewQuery query) {
        List<GapCell> byVariable = cells(query.tenant(), query.filter(), CellGrouping.by(GapDimension.VARIABLE));
        Map<ExperienceVariable, GapCell> cells = new EnumMap<>(ExperienceVariable.class);
        Map<InteractionFamily, CellStatistics> families = new EnumMap<>(InteractionFamily.class);
        Map<PerceptionDimension, CellStatistics> dimensions = new EnumMap<>(PerceptionDimension.class);
        Map<InteractionFamily, EmotionTally> familyEmotions = new EnumMap<>(InteractionFamily.class);
        Map<PerceptionDimension, EmotionTally> dimensionEmotions = new EnumMap<>(PerceptionDimension.class);
        CellStatistics total = CellStatistics.empty();
        EmotionTally totalEmotions = EmotionTally.empty();
        for (GapCell cell : byVariable) {
            ExperienceVariable variable = ExperienceVariable.valueOf(
                    cell.keys().get(GapDimension.VARIABLE).value());
            cells.put(variable, cell);
            families.merge(variable.family(), cell.statistics(), CellStatistics::merge);
            dimensions.merge(variable.dimension(), cell.statistics(), CellStatistics::merge);
            familyEmotions.merge(variable.family(), cell.emotions(), EmotionTally::merge);
            dimensionEmotions.merge(variable.dimension(), cell.emotions(), EmotionTally::merge);
            total = total.merge(cell.statistics());
            totalEmotions = totalEmotions.merge(cell.emotions());
        }
        Map<InteractionFamily, GapCell> familyCells = new EnumMap<>(InteractionFamily.class);
        families.forEach((family, statistics) -> report(statistics, familyEmotions.get(family))
                .map(r -> new GapCell(
                        Map.of(GapDimension.FAMILY, new GapCell.Key(family.name(), family.name())),
                        Optional.empty(),
                        statistics,
                        r,
                        familyEmotions.get(family)))
                .ifPresent(c -> familyCells.put(family, c)));
        Map<PerceptionDimension, GapCell> dimensionCells = new EnumMap<>(PerceptionDimension.class);
        dimensions.forEach((dimension, statistics) -> report(statistics, dimensionEmotions.get(dimension))
                .map(r -> new GapCell(
                        Map.of(GapDimension.DIMENSION, new GapCell.Key(dimension.name(), dimension.name())),
                        Optional.empty(),
                        statistics,
                        r,
                        dimensionEmotions.get(dimension)))
                .ifPresent(c -> dimensionCells.put(dimension, c)));
        CellStatistics all = total;
        EmotionTally allEmotions = totalEmotions;
        Optional<GapCell> totalCell =
                report(all, allEmotions).map(r -> new GapCell(Map.of(), Optional.empty(), all, r, allEmotions));
        return new GapMatrix(cells, familyCells, dimensionCells, totalCell);
    }

    @Override
    public List<GapCell> worstIrritants(ViewQuery query, int limit) {
        return ranked(
                query, gap -> gap.isSignificant() && gap.value() < 0, Comparator.comparingDouble(Gap::value), limit);
    }

    @Override
    public List<GapCell> signatureMoments(ViewQuery query, int limit, boolean includeNotSignificant) {
        return ranked(
                query,
                gap -> (includeNotSignificant || gap.isSignificant()) && gap.severity() == Severity.EXCEEDED,
                Comparator.comparingDouble(Gap::value).reversed(),
                limit);
    }

    @Override
    public List<GapCell> brandValueEmbodiment(ViewQuery query) {
        return cells(query.tenant(), query.filter(), CellGrouping.by(GapDimension.BRAND_VALUE)).stream()
                .filter(cell -> cell.keys().containsKey(GapDimension.BRAND_VALUE))
                .sorted(Comparator.comparing(GapCell::identity))
                .toList();
    }

    @Override
    public FluidityAndFullness fluidityAndFullness(ViewQuery query) {
        CellStatistics fluidity = CellStatistics.empty();
        CellStatistics fullness = CellStatistics.empty();
        try (Stream<GroupedCell> groups =
                store.query(query.tenant(), query.filter(), CellGrouping.by(GapDimension.DIMENSION))) {
            for (GroupedCell group : (Iterable<GroupedCell>) groups::iterator) {
                PerceptionDimension dimension = PerceptionDimension.valueOf(
                        group.key(GapDimension.DIMENSION).orElseThrow());
                if (dimension.measuresFluidity()) {
                    fluidity = fluidity.merge(group.statistics());
                } else {
                    fullness = fullness.merge(group.statistics());
                }
            }
        }
        return new FluidityAndFullness(fluidity.gap(thresholds), fullness.gap(thresholds));
    }

    @Override
    public EmotionalProfile emotionalProfile(ViewQuery query) {
        EmotionTally tally = EmotionTally.empty();
        try (Stream<GroupedCell> groups = store.query(query.tenant(), query.filter(), CellGrouping.by())) {
            for (GroupedCell group : (Iterable<GroupedCell>) groups::iterator) {
                tally = tally.merge(group.emotions());
            }
        }
        return tally.profile();
    }

    @Override
    public List<GapCell> unpromised(ViewQuery query, int limit) {
        return cells(query.tenant(), query.filter(), CellGrouping.by(GapDimension.TOUCHPOINT, GapDimension.VARIABLE))
                .stream()
                .filter(cell -> cell.report().unpromisedCount() > 0)
                .sorted(Comparator.comparingLong((GapCell cell) -> cell.report().unpromisedWeight())
                        .thenComparingLong(cell -> cell.report().unpromisedCount())
                        .reversed()
                        .thenComparing(GapCell::identity))
                .limit(limit)
                .toList();
    }

    private List<GapCell> ranked(ViewQuery query, Predicate<Gap> kept, Comparator<Gap> order, int limit) {
        return cells(query.tenant(), query.filter(), CellGrouping.by(GapDimension.TOUCHPOINT, GapDimension.VARIABLE))
                .stream()
                .filter(cell -> cell.report().gap().filter(kept).isPresent())
                .sorted(Comparator.comparing(
                                (GapCell cell) -> cell.report().gap().orElseThrow(), order)
                        .thenComparing(GapCell::identity))
                .limit(limit)
                .toList();
    }

    private List<GapCell> cells(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        Labels labels = new Labels(tenant, filter);
        List<GroupedCell> groups;
        try (Stream<GroupedCell> stream = store.query(tenant, filter, grouping)) {
            groups = stream.toList();
        }
        labels.readAll(groups);
        return groups.stream()
                .map(group -> toCell(group, labels))
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private Optional<GapCell> toCell(GroupedCell group, Labels labels) {
        Map<GapDimension, GapCell.Key> keys = new EnumMap<>(GapDimension.class);
        group.keys().forEach((dimension, value) -> keys.put(dimension, labels.key(dimension, value)));
        return group.statistics()
                .report(thresholds)
                .map(report -> new GapCell(keys, group.bucket(), group.statistics(), report, group.emotions()));
    }

    private Optional<com.gaplens.domain.gap.CellReport> report(CellStatistics statistics, EmotionTally emotions) {
        return statistics.report(thresholds);
    }

    /** Names for the keys of one answer, each catalogue object read at most once. */
    private final class Labels {
        private final TenantId tenant;
        private final Map<String, Optional<Brand>> brandCache = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, Optional<TargetExperience>> targetCache = new HashMap<>();

        Labels(TenantId tenant, GapFilter filter) {
            this.tenant = tenant;
            filter.on(GapDimension.BRAND).ifPresent(ids -> ids.forEach(this::brand));
        }

        /** Reads the touchpoints and segments the groups name in one query each, rather than one by one. */
        void readAll(List<GroupedCell> groups) {
            Set<TouchpointId> touchpointIds = new HashSet<>();
            Set<SegmentId> segmentIds = new HashSet<>();
            for (GroupedCell group : groups) {
                group.key(GapDimension.TOUCHPOINT).ifPresent(id -> touchpointIds.add(new TouchpointId(id)));
                group.key(GapDimension.SEGMENT).ifPresent(id -> segmentIds.add(new SegmentId(id)));
            }
            if (!touchpointIds.isEmpty()) {
                touchpoints
                        .findAll(tenant, touchpointIds)
                        .forEach(t -> names.put("tp:" + t.id().value(), t.name().value()));
                touchpointIds.forEach(id -> names.putIfAbsent("tp:" + id.value(), id.value()));
            }
            if (!segmentIds.isEmpty()) {
                segments.findAll(tenant, segmentIds)
                        .forEach(g -> names.put("sg:" + g.id().value(), g.name().value()));
                segmentIds.forEach(id -> names.putIfAbsent("sg:" + id.value(), id.value()));
            }
        }

        GapCell.Key key(GapDimension dimension, String value) {
            String label = switch (dimension) {
                case BRAND -> brand(value).map(b -> b.name().value()).orElse(value);
                case TOUCHPOINT ->
                    names.computeIfAbsent(
                            "tp:" + value,
                            k -> touchpoints
                                    .find(tenant, new TouchpointId(value))
                                    .map(Touchpoint::name)
                                    .map(n -> n.value())
                                    .orElse(value));
                case SEGMENT ->
                    names.computeIfAbsent(
                            "sg:" + value,
                            k -> segments.find(tenant, new SegmentId(value))
                                    .map(Segment::name)
                                    .map(n -> n.value())
                                    .orElse(value));
                case BRAND_VALUE -> names.computeIfAbsent("bv:" + value, k -> brandValueName(value));
                case COMMITMENT -> names.computeIfAbsent("cm:" + value, k -> commitmentWording(value));
                default -> value;
            };
            return new GapCell.Key(value, label);
        }

        /** Values and commitments are labelled from their brands: read the tenant's brands if no key named one. */
        private void loadBrandsWhenNoneNamed() {
            if (brandCache.isEmpty()) {
                brands.list(
                                tenant,
                                new com.gaplens.application.listing.BrandFilter(
                                        Optional.empty(), com.gaplens.application.listing.NameOrder.NAME_ASCENDING),
                                PageRequest.first(PageRequest.MAX_SIZE))
                        .items()
                        .forEach(b -> brandCache.put(b.id().value(), Optional.of(b)));
            }
        }

        private Optional<Brand> brand(String id) {
            return brandCache.computeIfAbsent(id, k -> brands.find(tenant, new BrandId(id)));
        }

        private String brandValueName(String value) {
            loadBrandsWhenNoneNamed();
            for (Optional<Brand> brand : brandCache.values()) {
                Optional<String> name = brand.stream()
                        .flatMap(b -> b.values().stream())
                        .filter(v -> v.id().value().equals(value))
                        .map(v -> v.name().value())
                        .findFirst();
                if (name.isPresent()) {
                    return name.get();
                }
            }
            return value;
        }

        private String commitmentWording(String id) {
            loadBrandsWhenNoneNamed();
            for (Map.Entry<String, Optional<Brand>> brand : brandCache.entrySet()) {
                Optional<TargetExperience> target = targetCache.computeIfAbsent(
                        brand.getKey(), key -> targets.findByBrand(tenant, new BrandId(key)));
                Optional<String> wording = target.stream()
                        .flatMap(t -> t.versions().stream())
                        .map(TargetExperienceVersion::commitments)
                        .flatMap(List::stream)
                        .filter(c -> c.id().value().equals(id))
                        .map(Commitment::wording)
                        .map(w -> w.text())
                        .reduce((first, last) -> last);
                if (wording.isPresent()) {
                    return wording.get();
                }
            }
            return id;
        }
    }
}
