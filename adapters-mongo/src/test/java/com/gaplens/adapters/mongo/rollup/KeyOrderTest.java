package com.gaplens.adapters.mongo.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.rollup.RollupLevel;
import com.gaplens.domain.gap.TimeBucket;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The key order is stated once ({@link GroupKey}); the store's comparator and every cube's index follow it. */
class KeyOrderTest {

    @Test
    void everyCubeHasAnIndexOfItsCellsInTheKeyOrderOfItsFinestKeysByMonth() {
        for (RollupLevel level : RollupLevel.values()) {
            if (!level.isCube()) {
                assertThat(KeyOrder.SORTED).doesNotContainKey(level);
                continue;
            }
            List<GapDimension> sorted = KeyOrder.SORTED.get(level);
            assertThat(level.kept()).containsAll(sorted);
            CellGrouping grouping = new CellGrouping(Set.copyOf(sorted), Optional.of(TimeBucket.MONTH));
            List<String> index = KeyOrder.indexFields(level);

            assertThat(index.subList(0, 3))
                    .as("%s: its cells, of one audience and brand", level)
                    .containsExactly(CellDocument.LEVEL, KeyFields.AUDIENCE, KeyFields.BRAND);
            assertThat(index.subList(3, index.size()))
                    .as("%s: then the group fields in key order", level)
                    .isEqualTo(KeyOrder.groupFields(grouping));
        }
    }

    @Test
    void groupFieldsFollowTheDimensionsOrderThenTheBucket() {
        CellGrouping grouping = CellGrouping.by(GapDimension.METHOD, GapDimension.BRAND, GapDimension.TOUCHPOINT)
                .per(TimeBucket.WEEK);

        assertThat(KeyOrder.groupFields(grouping)).containsExactly("brandId", "touchpointId", "method", "week");
    }

    @Test
    void theStoresOrderOfKeysIsGroupKeyOrderAsMongoDbComparesStrings() {
        // absent first, then by code point: upper case before lower case, é (U+00E9) before 😀 (U+1F600), whose UTF-16
        // surrogates would sort it before U+FFFD in Java's String order
        List<String> values = Arrays.asList(null, "", "A", "Z", "a", "ab", "é", "\uFFFD", "😀");
        for (int i = 0; i < values.size(); i++) {
            for (int j = 0; j < values.size(); j++) {
                assertThat(Integer.signum(
                                KeyOrder.GROUPS.compare(Arrays.asList(values.get(i)), Arrays.asList(values.get(j)))))
                        .as("%s vs %s", values.get(i), values.get(j))
                        .isEqualTo(Integer.signum(Integer.compare(i, j)));
            }
        }
    }

    @Test
    void theStoresOrderAgreesWithGroupKeysOnRandomKeys() {
        CellGrouping grouping =
                CellGrouping.by(GapDimension.SEGMENT, GapDimension.VARIABLE).per(TimeBucket.MONTH);
        Random random = new Random(3);
        String[] choices = {null, "a", "b", "é", "😀", "B"};
        for (int trial = 0; trial < 2_000; trial++) {
            GroupKey a = key(random, choices);
            GroupKey b = key(random, choices);
            List<String> fieldsA = CellReads.keyValues(a, grouping);
            List<String> fieldsB = CellReads.keyValues(b, grouping);
            assertThat(Integer.signum(KeyOrder.GROUPS.compare(fieldsA, fieldsB)))
                    .as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(a.compareTo(b)));
        }
    }

    private static GroupKey key(Random random, String[] choices) {
        Map<GapDimension, String> values = new EnumMap<>(GapDimension.class);
        String segment = choices[random.nextInt(choices.length)];
        if (segment != null) {
            values.put(GapDimension.SEGMENT, segment);
        }
        String variable = choices[1 + random.nextInt(choices.length - 1)];
        values.put(GapDimension.VARIABLE, variable);
        return new GroupKey(values, Optional.of(List.of("2026-01", "2026-02").get(random.nextInt(2))));
    }
}
