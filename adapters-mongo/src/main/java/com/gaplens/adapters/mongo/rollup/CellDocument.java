package com.gaplens.adapters.mongo.rollup;

import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.port.out.RollupCells.StoredCell;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.RollupLevel;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.measurement.Audience;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * A document of {@value #COLLECTION}: the cells {@link CellLayout} places in it, written by additions only
 * ({@link MongoRollupCells}).
 *
 * <ul>
 *   <li>{@code _id}: a digest of the tenant and the document's key, so the same cells always have the same document,
 *       whoever adds to them; {@code tenant}, {@code brandId}: where it belongs (and its shard key);</li>
 *   <li>{@code level} ({@value CellLayout#FINE}, or a cube's name), {@code audience}, the {@link KeyFields key
 *       fields} its level keeps (absent when without value), and its time: {@code month}, {@code quarter},
 *       {@code year} for a fine document, {@code year} for a cube document;</li>
 *   <li>the {@link SumFields sums} of its month cell at the top level (fine documents), and its day entries
 *       {@code d.<dd>} or month entries {@code m.<mm>}, each with its bucket keys and sums;</li>
 *   <li>{@code v}: raised by every addition; {@code taken}: the tokens of the changes it took, above its
 *       {@code floor}, below which it refuses any;</li>
 *   <li>for fine documents, {@code changed} and {@code changedAt}: changed since last published, and since when
 *       ({@link com.gaplens.application.port.out.MonthCellFeed}).</li>
 * </ul>
 */
final class CellDocument {

    static final String COLLECTION = "rollup_cells";
    static final String ID = "_id";
    static final String TENANT = "tenant";
    static final String LEVEL = "level";
    static final String VERSION = "v";
    static final String TAKEN = "taken";
    static final String FLOOR = "floor";
    static final String CHANGED = "changed";
    static final String CHANGED_AT = "changedAt";

    private CellDocument() {}

    /** The level of the cells a document's top level or entries hold. */
    static boolean isFine(Document document) {
        return CellLayout.FINE.equals(document.getString(LEVEL));
    }

    /** Every cell a stored document holds, each with the document's version, tokens and floor. */
    static List<StoredCell> cells(Document document) {
        boolean fine = isFine(document);
        RollupLevel level = fine ? RollupLevel.MONTH : RollupLevel.valueOf(document.getString(LEVEL));
        Map<GapDimension, String> keys = keys(document, level);
        Audience audience = Audience.valueOf(document.getString(KeyFields.AUDIENCE));
        long version = version(document);
        Set<RollupToken> taken = taken(document);
        RollupToken floor = document.get(FLOOR) instanceof String f ? new RollupToken(f) : RollupToken.lowest();
        List<StoredCell> cells = new ArrayList<>();
        if (fine) {
            String month = document.getString(KeyFields.MONTH);
            cells.add(new StoredCell(
                    new CellAddress(RollupLevel.MONTH, audience, month, keys),
                    SumFields.read(document),
                    version,
                    taken,
                    floor));
            entries(document, CellLayout.DAYS)
                    .forEach((day, sums) -> cells.add(new StoredCell(
                            new CellAddress(RollupLevel.DAY, audience, month + "-" + day, keys),
                            SumFields.read(sums),
                            version,
                            taken,
                            floor)));
        } else {
            String year = document.getString(KeyFields.YEAR);
            entries(document, CellLayout.MONTHS)
                    .forEach((month, sums) -> cells.add(new StoredCell(
                            new CellAddress(level, audience, year + "-" + month, keys),
                            SumFields.read(sums),
                            version,
                            taken,
                            floor)));
        }
        return cells;
    }

    /** The values of the dimensions a level keeps, as a document stores them. */
    static Map<GapDimension, String> keys(Document document, RollupLevel level) {
        Map<GapDimension, String> keys = new EnumMap<>(GapDimension.class);
        for (GapDimension dimension : level.kept()) {
            if (document.get(KeyFields.of(dimension)) instanceof String value) {
                keys.put(dimension, value);
            }
        }
        return keys;
    }

    static long version(Document document) {
        return document.get(VERSION) instanceof Number v ? v.longValue() : 0;
    }

    private static Set<RollupToken> taken(Document document) {
        Set<RollupToken> taken = new HashSet<>();
        List<?> tokens = document.getList(TAKEN, Object.class);
        if (tokens != null) {
            tokens.forEach(token -> taken.add(new RollupToken((String) token)));
        }
        return taken;
    }

    private static Map<String, Document> entries(Document document, String field) {
        Map<String, Document> entries = new java.util.TreeMap<>();
        if (document.get(field) instanceof Document all) {
            all.forEach((key, value) -> {
                if (value instanceof Document entry) {
                    entries.put(key, entry);
                }
            });
        }
        return entries;
    }
}
