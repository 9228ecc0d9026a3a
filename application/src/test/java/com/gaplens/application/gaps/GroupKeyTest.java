package com.gaplens.application.gaps;

import static com.gaplens.application.gaps.GapDimension.COMMITMENT;
import static com.gaplens.application.gaps.GapDimension.TOUCHPOINT;
import static com.gaplens.application.gaps.GapDimension.VARIABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GroupKeyTest {

    @Test
    void groupsAreOrderedValueByValueInTheOrderOfTheDimensionsAbsentFirstThenByBucket() {
        // written in the expected order: COMMITMENT comes before TOUCHPOINT, which comes before VARIABLE
        List<GroupKey> expected = List.of(
                key(Map.of(TOUCHPOINT, "b", VARIABLE, "Z"), null),
                key(Map.of(COMMITMENT, "a", TOUCHPOINT, "z"), null),
                key(Map.of(COMMITMENT, "b", TOUCHPOINT, "a"), "2026-01"),
                key(Map.of(COMMITMENT, "b", TOUCHPOINT, "a", VARIABLE, "A"), null),
                key(Map.of(COMMITMENT, "b", TOUCHPOINT, "a", VARIABLE, "A"), "2025-12"),
                key(Map.of(COMMITMENT, "b", TOUCHPOINT, "a", VARIABLE, "A"), "2026-01"),
                key(Map.of(COMMITMENT, "b", TOUCHPOINT, "a", VARIABLE, "AB"), null),
                key(Map.of(COMMITMENT, "b", TOUCHPOINT, "a", VARIABLE, "B"), null),
                key(Map.of(COMMITMENT, "b", TOUCHPOINT, "ab"), null));
        for (int seed = 0; seed < 20; seed++) {
            List<GroupKey> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new Random(seed));
            Collections.sort(shuffled);
            assertThat(shuffled).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void valuesCompareByCodePointAsMongoDbComparesUtf8NotByUtf16Units() {
        // U+FFFF is one UTF-16 unit (0xFFFF); U+1F600 is two (0xD83D 0xDE00): UTF-16 order would put it first
        GroupKey bmp = key(Map.of(TOUCHPOINT, "\uFFFF"), null);
        GroupKey astral = key(Map.of(TOUCHPOINT, "\uD83D\uDE00"), null);

        assertThat("\uD83D\uDE00".compareTo("\uFFFF")).isNegative();
        assertThat(bmp.compareTo(astral)).isNegative();
        assertThat(astral.compareTo(bmp)).isPositive();
    }

    @Test
    void keysSurviveTheirEncodingWhateverTheirText() {
        GroupKey key =
                key(Map.of(TOUCHPOINT, "a,b:c=d;é\uD83D\uDE00", COMMITMENT, "", VARIABLE, "USE_EASY"), "2026-W05");

        GroupKey decoded = GroupKey.decode(key.encoded());

        assertThat(decoded).isEqualTo(key);
        assertThat(decoded.compareTo(key)).isZero();
        assertThat(GroupKey.decode(key(Map.of(), null).encoded())).isEqualTo(key(Map.of(), null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "KEYS",
                "TOUCHPOINT",
                "NOT_A_DIMENSION:YQ",
                "TOUCHPOINT:!!",
                "TOUCHPOINT:YQ,TOUCHPOINT:Yg",
                "@:YQ,@:Yg",
                ","
            })
    void anythingElseIsRefusedAsAnInvalidCursorOnAfter(String encoded) {
        assertThatThrownBy(() -> GroupKey.decode(encoded)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.reason()).isEqualTo("INVALID_CURSOR");
            assertThat(e.field()).contains("after");
        });
    }

    private static GroupKey key(Map<GapDimension, String> values, String bucket) {
        return new GroupKey(values, Optional.ofNullable(bucket));
    }
}
