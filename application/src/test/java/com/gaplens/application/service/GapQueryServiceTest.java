package com.gaplens.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GapOrder;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.listing.Edge;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.in.QueryGapsUseCase.GapsQuery;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.application.port.out.fake.InMemoryBrandRepository;
import com.gaplens.application.port.out.fake.InMemorySegmentRepository;
import com.gaplens.application.port.out.fake.InMemorySegmentVariantRepository;
import com.gaplens.application.port.out.fake.InMemoryTargetExperienceRepository;
import com.gaplens.application.port.out.fake.InMemoryTouchpointRepository;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.gap.CellReport;
import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.gap.Contribution;
import com.gaplens.domain.gap.EmotionTally;
import com.gaplens.domain.gap.Gap;
import com.gaplens.domain.gap.SeverityThresholds;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.measurement.NormalisedReading;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code gaps} sorts every group by the figure asked but reports only the groups of the page. Whatever the order,
 * paging through must give exactly the cells a full report of every group would give, sorted by the figure each
 * report shows (absent figures last, ties by keys).
 */
class GapQueryServiceTest {

    private static final TenantId TENANT = new TenantId("acme");
    private static final int PAGE = 7;

    private final List<GroupedCell> groups = groups(new Random(20261123));
    private final GapQueryService service = new GapQueryService(
            new FixedGroups(groups),
            new CatalogueRepositories(
                    new InMemoryBrandRepository(),
                    new InMemoryTouchpointRepository(),
                    new InMemorySegmentRepository(),
                    new InMemoryTargetExperienceRepository(),
                    new InMemorySegmentVariantRepository()),
            SeverityThresholds.DEFAULT);

    @ParameterizedTest
    @EnumSource(GapOrder.Field.class)
    void pagingAscendingGivesEveryReportedCellInTheOrderOfTheFigureItsReportShows(GapOrder.Field field) {
        assertPagesFollowTheReports(new GapOrder(field, false));
    }

    @ParameterizedTest
    @EnumSource(GapOrder.Field.class)
    void pagingDescendingGivesEveryReportedCellInTheOrderOfTheFigureItsReportShows(GapOrder.Field field) {
        assertPagesFollowTheReports(new GapOrder(field, true));
    }

    private void assertPagesFollowTheReports(GapOrder order) {
        // expected: every non-empty group reported in full, sorted by the figure read from its report
        List<GapCell> expected = new ArrayList<>();
        for (GroupedCell group : groups) {
            group.statistics()
                    .report(SeverityThresholds.DEFAULT)
                    .ifPresent(report -> expected.add(
                            new GapCell(labelledByValue(group.keys()), group.bucket(), group.statistics(), report)));
        }
        Comparator<Double> values = order.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        // in key order: touchpoint, then variable (every key here is ASCII, so String order is code-point order)
        Comparator<GapCell> inKeyOrder = Comparator.comparing((GapCell cell) ->
                        cell.keys().get(GapDimension.TOUCHPOINT).value())
                .thenComparing(cell -> cell.keys().get(GapDimension.VARIABLE).value());
        expected.sort(
                order.field() == GapOrder.Field.KEYS
                        ? (order.descending() ? inKeyOrder.reversed() : inKeyOrder)
                        : Comparator.comparing(
                                        (GapCell cell) -> shown(order.field(), cell.report()),
                                        Comparator.nullsLast(values))
                                .thenComparing(GapCell::identity));

        // when paging through
        List<GapCell> paged = new ArrayList<>();
        PageRequest request = PageRequest.first(PAGE);
        int pages = 0;
        while (true) {
            Page<GapCell> page = service.gaps(new GapsQuery(
                    TENANT,
                    GapFilter.everything(),
                    CellGrouping.by(GapDimension.TOUCHPOINT, GapDimension.VARIABLE),
                    order,
                    request));
            assertThat(page.hasPreviousPage()).isEqualTo(pages > 0);
            page.edges().stream().map(Edge::node).forEach(paged::add);
            pages++;
            if (!page.hasNextPage()) {
                break;
            }
            assertThat(page.edges()).hasSize(PAGE);
            request = request.after(page.endCursor().orElseThrow());
        }

        // then: the same cells, figure for figure, in the same order; the empty group is in none of them
        assertThat(expected).hasSize(groups.size() - 1);
        assertThat(pages).isEqualTo((expected.size() + PAGE - 1) / PAGE);
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    /** The figure a client sees in the cell's report, read independently of how the service sorts. */
    private static Double shown(GapOrder.Field field, CellReport report) {
        OptionalDouble figure = switch (field) {
            case KEYS -> OptionalDouble.empty();
            case GAP -> report.gap().map(g -> OptionalDouble.of(g.value())).orElse(OptionalDouble.empty());
            case LIVED -> OptionalDouble.of(report.lived().lived());
            case PROMISED_LIVED ->
                report.gap().map(g -> OptionalDouble.of(g.lived().lived())).orElse(OptionalDouble.empty());
            case TARGET -> report.gap().map(Gap::target).map(OptionalDouble::of).orElse(OptionalDouble.empty());
            case COUNT -> OptionalDouble.of(report.lived().count());
            case WEIGHT -> OptionalDouble.of(report.lived().weight());
            case STD_ERROR -> report.gap().map(g -> g.lived().standardError()).orElse(OptionalDouble.empty());
            case UNPROMISED_COUNT -> OptionalDouble.of(report.unpromisedCount());
        };
        return figure.isPresent() ? figure.getAsDouble() : null;
    }

    private static Map<GapDimension, GapCell.Key> labelledByValue(Map<GapDimension, String> keys) {
        Map<GapDimension, GapCell.Key> labelled = new java.util.EnumMap<>(GapDimension.class);
        // the catalogue knows none of these touchpoints: no name; a variable is its own label
        keys.forEach((dimension, value) -> labelled.put(
                dimension,
                new GapCell.Key(value, dimension == GapDimension.TOUCHPOINT ? Optional.empty() : Optional.of(value))));
        return labelled;
    }

    /**
     * 40 groups: promised, unpromised and mixed; single respondents (no standard error); two pairs with the same
     * sums (ties broken by keys); and one empty group, which no view reports.
     */
    private static List<GroupedCell> groups(Random random) {
        List<GroupedCell> groups = new ArrayList<>();
        MeasurementMethod[] methods = MeasurementMethod.values();
        for (int i = 0; i < 39; i++) {
            List<Contribution> contributions = new ArrayList<>();
            int kind = i % 3;
            int parts = 1 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                long weight = i % 7 == 0 ? 1 : 1 + random.nextInt(40);
                NormalisedReading reading = new NormalisedReading(
                        weight, random.nextInt(10_001) / 100.0, weight == 1 ? 0 : random.nextInt(2_001) / 100.0);
                MeasurementMethod method = methods[random.nextInt(methods.length)];
                boolean promised = kind == 0 || (kind == 2 && p % 2 == 0);
                contributions.add(
                        promised
                                ? Contribution.promised(reading, method, new Score(random.nextInt(101)))
                                : Contribution.unpromised(reading, method));
            }
            CellStatistics statistics = switch (i) {
                case 11, 12 -> twin();
                case 20, 21 -> twin().merge(twin());
                default -> CellStatistics.of(contributions);
            };
            groups.add(group("tp-" + (i % 5), "V" + (100 - i), statistics));
        }
        groups.add(group("tp-9", "V0", CellStatistics.empty()));
        return groups;
    }

    private static CellStatistics twin() {
        return CellStatistics.of(
                Contribution.promised(new NormalisedReading(12, 64.5, 8), MeasurementMethod.BAROMETER, new Score(70)));
    }

    private static GroupedCell group(String touchpoint, String variable, CellStatistics statistics) {
        return new GroupedCell(
                Map.of(GapDimension.TOUCHPOINT, touchpoint, GapDimension.VARIABLE, variable),
                Optional.empty(),
                statistics,
                EmotionTally.empty());
    }

    /** A store that answers every query with the same groups, in the order given. */
    private record FixedGroups(List<GroupedCell> groups) implements GapStatisticsStore {
        @Override
        public Stream<GroupedCell> query(TenantId tenant, GapFilter filter, CellGrouping grouping) {
            return groups.stream();
        }

        @Override
        public Stream<GroupedCell> export(TenantId tenant, GapFilter filter, CellGrouping grouping) {
            return groups.stream();
        }
    }
}
