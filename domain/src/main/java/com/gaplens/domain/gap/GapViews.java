package com.gaplens.domain.gap;

import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.shared.Require;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The derived views of DOMAIN.md, as pure functions over keyed cells. The cells come keyed however the
 * caller stored them (per commitment, per touchpoint × variable × day…); each view says, through a key
 * function, how to read the key, merges the cells it needs ({@link CellStatistics#merge}, exact) and
 * derives the figures.
 *
 * <ul>
 *   <li>{@link #brandValueEmbodiment}: the merged gap over every commitment naming a brand value;</li>
 *   <li>{@link #fluidityAndFullness}: the merged gap over EASY, and over USEFUL and PLEASANT;</li>
 *   <li>{@link #worstIrritants}: significant negative gaps per touchpoint × variable, worst first;</li>
 *   <li>{@link #signatureMoments}: significant gaps of at least the EXCEEDED threshold (+3 by default), best
 *       first;</li>
 *   <li>{@link #emotionalProfile}: the emotional profile of the measurements kept (a touchpoint's);</li>
 *   <li>{@link #unpromised}: lived scores where no commitment applies, largest blind spots first.</li>
 * </ul>
 */
public final class GapViews {

    private GapViews() {}

    /** The cells merged per group: {@code grouping} maps each cell's key to the key of its group. */
    public static <K, G> Map<G, CellStatistics> rollUp(
            Map<K, CellStatistics> cells, Function<? super K, ? extends G> grouping) {
        Require.present(cells, "cells");
        Require.present(grouping, "grouping");
        Map<G, CellStatistics> groups = new LinkedHashMap<>();
        cells.forEach((key, cell) -> groups.merge(grouping.apply(key), cell, CellStatistics::merge));
        return groups;
    }

    /** All the cells merged into one. */
    public static CellStatistics total(Iterable<CellStatistics> cells) {
        Require.present(cells, "cells");
        CellStatistics total = CellStatistics.empty();
        for (CellStatistics cell : cells) {
            total = total.merge(cell);
        }
        return total;
    }

    /**
     * Brand-value embodiment: per brand value, the merged gap over every commitment that names it.
     *
     * @param valueOf the brand value a cell's key belongs to (the value its commitment names); empty for cells
     *                outside any commitment, which are left out
     * @return the gap per brand value having promised measurements
     */
    public static <K> Map<BrandValueId, Gap> brandValueEmbodiment(
            Map<K, CellStatistics> cells,
            Function<? super K, Optional<BrandValueId>> valueOf,
            SeverityThresholds thresholds) {
        Require.present(valueOf, "valueOf");
        Map<BrandValueId, CellStatistics> perValue = new HashMap<>();
        cells.forEach((key, cell) ->
                valueOf.apply(key).ifPresent(value -> perValue.merge(value, cell, CellStatistics::merge)));
        Map<BrandValueId, Gap> gaps = new LinkedHashMap<>();
        perValue.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(BrandValueId::value)))
                .forEach(entry -> entry.getValue().gap(thresholds).ifPresent(gap -> gaps.put(entry.getKey(), gap)));
        return gaps;
    }

    /**
     * Fluidity (the merged gap over the EASY dimension) and fullness (over USEFUL and PLEASANT).
     *
     * @param variableOf the experience variable of a cell's key
     */
    public static <K> FluidityAndFullness fluidityAndFullness(
            Map<K, CellStatistics> cells,
            Function<? super K, ExperienceVariable> variableOf,
            SeverityThresholds thresholds) {
        Require.present(variableOf, "variableOf");
        Require.present(thresholds, "thresholds");
        Map<Boolean, CellStatistics> byFluidity =
                rollUp(cells, key -> variableOf.apply(key).dimension().measuresFluidity());
        CellStatistics fluidity = byFluidity.getOrDefault(true, CellStatistics.empty());
        CellStatistics fullness = byFluidity.getOrDefault(false, CellStatistics.empty());
        return new FluidityAndFullness(fluidity.gap(thresholds), fullness.gap(thresholds));
    }

    /**
     * Worst irritants: the significant negative gaps per touchpoint × variable, worst (most negative) first;
     * ties by touchpoint id then variable. Every significant negative gap is listed, however small: its
     * severity says how much it matters.
     *
     * @param interactionOf the touchpoint × variable of a cell's key
     */
    public static <K> List<KeyedGap<InteractionKey>> worstIrritants(
            Map<K, CellStatistics> cells,
            Function<? super K, InteractionKey> interactionOf,
            SeverityThresholds thresholds) {
        return ranked(
                cells,
                interactionOf,
                thresholds,
                gap -> gap.isSignificant() && gap.value() < 0,
                Comparator.comparingDouble(Gap::value));
    }

    /**
     * Signature moments: the significant gaps per touchpoint × variable that reach the EXCEEDED threshold
     * (+3 by default), best first; ties by touchpoint id then variable.
     *
     * @param interactionOf the touchpoint × variable of a cell's key
     */
    public static <K> List<KeyedGap<InteractionKey>> signatureMoments(
            Map<K, CellStatistics> cells,
            Function<? super K, InteractionKey> interactionOf,
            SeverityThresholds thresholds) {
        return signatureMoments(cells, interactionOf, thresholds, false);
    }

    /**
     * The gaps per touchpoint × variable that reach the EXCEEDED threshold, best first, ties by touchpoint id then
     * variable: the significant ones only (the signature moments), or, with {@code includeNotSignificant}, also
     * those whose interval contains the target or that have none — what a view shows when no moment is significant
     * yet, saying so.
     */
    public static <K> List<KeyedGap<InteractionKey>> signatureMoments(
            Map<K, CellStatistics> cells,
            Function<? super K, InteractionKey> interactionOf,
            SeverityThresholds thresholds,
            boolean includeNotSignificant) {
        return ranked(
                cells,
                interactionOf,
                thresholds,
                gap -> (includeNotSignificant || gap.isSignificant()) && gap.severity() == Severity.EXCEEDED,
                Comparator.comparingDouble(Gap::value).reversed());
    }

    /**
     * The emotional profile of the measurements behind the tallies (a touchpoint's, or whatever a filter kept):
     * the tallies merged ({@link EmotionTally#merge}, exact), then profiled.
     */
    public static EmotionalProfile emotionalProfile(Iterable<EmotionTally> tallies) {
        Require.present(tallies, "tallies");
        EmotionTally merged = EmotionTally.empty();
        for (EmotionTally tally : tallies) {
            merged = merged.merge(tally);
        }
        return merged.profile();
    }

    /**
     * Unpromised blind spots: for each cell holding measurements no commitment covers, the lived score of
     * those measurements, by decreasing weight (respondents), then decreasing count; cells tied on both keep
     * the iteration order of {@code cells} (pass a sorted or linked map for a fixed order).
     */
    public static <K> List<KeyedLivedScore<K>> unpromised(Map<K, CellStatistics> cells) {
        Require.present(cells, "cells");
        List<KeyedLivedScore<K>> blindSpots = new ArrayList<>();
        cells.forEach((key, cell) ->
                cell.unpromised().figures().ifPresent(lived -> blindSpots.add(new KeyedLivedScore<>(key, lived))));
        blindSpots.sort(Comparator.comparingLong(
                        (KeyedLivedScore<K> spot) -> spot.lived().weight())
                .thenComparingLong(spot -> spot.lived().count())
                .reversed());
        return List.copyOf(blindSpots);
    }

    private static <K> List<KeyedGap<InteractionKey>> ranked(
            Map<K, CellStatistics> cells,
            Function<? super K, InteractionKey> interactionOf,
            SeverityThresholds thresholds,
            Predicate<Gap> selected,
            Comparator<Gap> order) {
        Require.present(interactionOf, "interactionOf");
        Require.present(thresholds, "thresholds");
        List<KeyedGap<InteractionKey>> gaps = new ArrayList<>();
        rollUp(cells, interactionOf)
                .forEach((interaction, cell) -> cell.gap(thresholds)
                        .filter(selected)
                        .ifPresent(gap -> gaps.add(new KeyedGap<>(interaction, gap))));
        gaps.sort(Comparator.comparing(KeyedGap<InteractionKey>::gap, order)
                .thenComparing(KeyedGap::key, InteractionKey.ORDER));
        return List.copyOf(gaps);
    }
}
