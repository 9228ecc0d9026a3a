package com.gaplens.adapters.mongo.rollup;

import static com.gaplens.application.gaps.GapDimension.SEGMENT;
import static com.gaplens.application.gaps.GapDimension.TOUCHPOINT;
import static com.gaplens.application.gaps.GapDimension.VARIABLE;

import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.rollup.RollupLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The order of groups, as the store sorts them and as MongoDB does: by the group fields — the grouping's dimensions in
 * the order of {@link GapDimension}, then its time bucket — value by value in {@link GroupKey#valueOrder()}, which
 * is how MongoDB compares the same fields (absent first, strings by their UTF-8 bytes, that is by code point).
 *
 * <p>Each cube has an index of its cells in that order — its finest keys, then the month — so that MongoDB reads the
 * first groups of a query grouped by them straight from the index, without sorting every cell of the period.
 */
final class KeyOrder {

    /** Groups' keys (their values of the group fields, null when absent) in key order. */
    static final Comparator<List<String>> GROUPS = (a, b) -> {
        Comparator<String> values = GroupKey.valueOrder();
        for (int i = 0; i < a.size(); i++) {
            int order = values.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    /** The finest keys of each cube, in the order of {@link GapDimension}: the fields of its index in key order. */
    static final Map<RollupLevel, List<GapDimension>> SORTED = new EnumMap<>(Map.of(
            RollupLevel.BRAND_VARIABLE, List.of(VARIABLE),
            RollupLevel.BRAND_TOUCHPOINT, List.of(TOUCHPOINT),
            RollupLevel.SEGMENT_VARIABLE, List.of(VARIABLE, SEGMENT),
            RollupLevel.SEGMENT_TOUCHPOINT, List.of(TOUCHPOINT, SEGMENT),
            RollupLevel.TOUCHPOINT_VARIABLE, List.of(TOUCHPOINT, VARIABLE)));

    private KeyOrder() {}

    /** The fields a group is keyed by, in key order: those of its dimensions, then the bucket's. */
    static List<String> groupFields(CellGrouping grouping) {
        List<String> fields = new ArrayList<>();
        for (GapDimension dimension : GapDimension.values()) {
            if (grouping.dimensions().contains(dimension)) {
                fields.add(KeyFields.of(dimension));
            }
        }
        grouping.bucket().ifPresent(bucket -> fields.add(KeyFields.of(bucket)));
        return fields;
    }

    /** The fields of a cube's index in key order, after the tenant (its cells alone: a partial index). */
    static List<String> indexFields(RollupLevel cube) {
        List<String> fields = new ArrayList<>(List.of(CellDocument.LEVEL, KeyFields.AUDIENCE, KeyFields.BRAND));
        SORTED.get(cube).forEach(dimension -> fields.add(KeyFields.of(dimension)));
        fields.add(KeyFields.MONTH);
        return fields;
    }

    static String indexName(RollupLevel cube) {
        return "rollup_cells_tenant_" + cube.name().toLowerCase(Locale.ROOT) + "_in_key_order";
    }

    static void ensureIndexes(TenantScopedMongo mongo) {
        SORTED.keySet()
                .forEach(cube -> mongo.indexes(CellDocument.COLLECTION)
                        .ensureWhere(
                                indexName(cube),
                                CellDocument.LEVEL,
                                cube.name(),
                                indexFields(cube).toArray(String[]::new)));
    }
}
