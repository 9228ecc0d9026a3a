package com.gaplens.application.service;

import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.gaps.GapOrder;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.listing.Cursor;
import com.gaplens.application.listing.Edge;
import com.gaplens.application.listing.Page;
import com.gaplens.application.port.in.QueryGapsUseCase;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.domain.gap.SeverityThresholds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Flexible gaps, all from the roll-ups: the store merges the cells the filter keeps per group; this sorts and pages
 * the groups and reports (interval, significance, severity, labels) only those of the page. Groups sorted by a
 * figure are paged by cursors naming a group (stable as long as the data does not change, never skipping a group
 * that stays); groups in key order by cursors carrying the keys of their group.
 */
public final class GapQueryService implements QueryGapsUseCase {

    private final GapReports reports;

    public GapQueryService(GapStatisticsStore store, CatalogueRepositories catalogue, SeverityThresholds thresholds) {
        this.reports = new GapReports(store, catalogue, thresholds);
    }

    /**
     * Sorts every group by the figure asked, which comes from the merged sums alone, then reports only the groups of
     * the page: a page of 100 among thousands of groups costs 100 reports, not thousands.
     */
    @Override
    public Page<GapCell> gaps(GapsQuery query) {
        if (query.order().field() == GapOrder.Field.KEYS) {
            return gapsInKeyOrder(query);
        }
        record Ranked(GroupedCell group, OptionalDouble figure, String identity) {}
        List<Ranked> ranked = new ArrayList<>();
        try (Stream<GroupedCell> groups = reports.store().query(query.tenant(), query.filter(), query.grouping())) {
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
        try (Stream<GroupedCell> groups = reports.store()
                .queryInKeyOrder(
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
        GapLabels labels = reports.labels(query.tenant(), query.filter());
        labels.readAll(page);
        List<Edge<GapCell>> edges = new ArrayList<>();
        for (GroupedCell group : page) {
            edges.add(new Edge<>(reports.cell(group, labels).orElseThrow(), cursor.apply(group)));
        }
        return edges;
    }

    @Override
    public Stream<GapCell> allGaps(GapsQuery query) {
        GapLabels labels = reports.labels(query.tenant(), query.filter());
        return reports.store()
                .export(query.tenant(), query.filter(), query.grouping())
                .map(group -> reports.cell(group, labels))
                .flatMap(Optional::stream);
    }

    /** A group's place in any order: a digest of its keys, which cursors carry. */
    private static String cursorId(String identity) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
