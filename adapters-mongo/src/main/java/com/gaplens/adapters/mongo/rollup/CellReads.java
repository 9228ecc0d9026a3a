package com.gaplens.adapters.mongo.rollup;

import com.gaplens.adapters.mongo.tenancy.TenantCollection;
import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.rollup.RollupLevel;
import com.gaplens.domain.gap.CellSums;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.BsonBinaryReader;
import org.bson.BsonType;
import org.bson.Document;
import org.bson.RawBsonDocument;

/**
 * How reads of the roll-up cells are written: the filter of one level's cells, the {@code $group} that merges them per
 * group, the range of groups after a cursor's, and the reading of a cell or group into its key and sums. The shape of
 * every read is bounded by the query's own size (its filter's values, its grouping), never by the period it names.
 */
final class CellReads {

    private CellReads() {}

    /** A group's key (its values of the group fields) and its sums, or one cell's on its way into its group. */
    record Keyed(List<String> key, CellSums.Accumulator sums) {}

    /**
     * The documents holding the cells of {@code level} the filter keeps: of the level's documents, those of its
     * audience, of the values filtered, and of the months (fine documents) or years (cube documents) the period
     * touches. A cube's or a day's entries outside the period are left out when the documents are read.
     */
    static Document match(TenantCollection cells, GapFilter filter, RollupLevel level) {
        Document match = cells.filter()
                .append(CellDocument.LEVEL, CellLayout.documentLevel(level))
                .append(KeyFields.AUDIENCE, filter.audience().name());
        filter.values()
                .forEach((dimension, kept) ->
                        match.append(KeyFields.of(dimension), new Document("$in", new ArrayList<>(kept))));
        filter.period().ifPresent(period -> {
            String from = period.from().toString();
            String to = period.to().toString();
            if (level.isCube()) {
                match.append(
                        KeyFields.YEAR, new Document("$gte", from.substring(0, 4)).append("$lte", to.substring(0, 4)));
            } else {
                match.append(
                        KeyFields.MONTH, new Document("$gte", from.substring(0, 7)).append("$lte", to.substring(0, 7)));
            }
        });
        return match;
    }

    /**
     * The stages merging a fine document's month cells per group (their sums at the top level), or, for
     * {@link RollupLevel#DAY}, its day entries within the period: each entry unwound, then grouped by the bucket keys
     * it carries. Sorted by the group fields when asked, after the cursor's group ({@code after}) when given.
     */
    static List<Document> groupStages(
            GapFilter filter,
            CellGrouping grouping,
            RollupLevel level,
            Optional<List<String>> after,
            boolean sorted,
            boolean descending) {
        List<String> fields = KeyOrder.groupFields(grouping);
        List<Document> stages = new ArrayList<>();
        String sums = "";
        Document id = new Document();
        if (level == RollupLevel.DAY) {
            Document project = new Document("days", new Document("$objectToArray", "$" + CellLayout.DAYS));
            grouping.dimensions().forEach(d -> project.append(KeyFields.of(d), 1));
            stages.add(new Document("$project", project));
            stages.add(new Document("$unwind", "$days"));
            filter.period()
                    .ifPresent(period -> stages.add(new Document(
                            "$match",
                            new Document(
                                    "days.v." + KeyFields.DAY,
                                    new Document("$gte", period.from().toString())
                                            .append("$lte", period.to().toString())))));
            sums = "days.v.";
            grouping.dimensions().forEach(d -> id.append(KeyFields.of(d), "$" + KeyFields.of(d)));
            String entry = sums;
            grouping.bucket().ifPresent(b -> id.append(KeyFields.of(b), "$" + entry + KeyFields.of(b)));
        } else {
            fields.forEach(field -> id.append(field, "$" + field));
        }
        Document group = new Document("_id", id.isEmpty() ? null : id);
        for (String sum : SumFields.names()) {
            group.append(sum, new Document("$sum", "$" + sums + sum));
        }
        stages.add(new Document("$group", group));
        after.ifPresent(values -> stages.add(new Document("$match", after(prefixed(fields), values, descending))));
        if (sorted && !fields.isEmpty()) {
            Document sort = new Document();
            fields.forEach(field -> sort.append("_id." + field, descending ? -1 : 1));
            stages.add(new Document("$sort", sort));
        }
        return stages;
    }

    private static List<String> prefixed(List<String> fields) {
        return fields.stream().map(field -> "_id." + field).toList();
    }

    /** The fields a read of cube documents merged in the application needs: the grouping's dimensions, the months. */
    static Document cubeProjection(CellGrouping grouping) {
        Document fields = new Document();
        grouping.dimensions().forEach(d -> fields.append(KeyFields.of(d), 1));
        return fields.append(KeyFields.YEAR, 1).append(CellLayout.MONTHS, 1);
    }

    /** A {@code $group} result's key and sums. */
    static Keyed keyedGroup(Document result, List<String> fields) {
        Document id = result.get("_id") instanceof Document d ? d : new Document();
        List<String> key = new ArrayList<>(fields.size());
        fields.forEach(field -> key.add(id.get(field) instanceof String value ? value : null));
        return new Keyed(key, new CellSums.Accumulator().add(SumFields.read(result)));
    }

    /**
     * The month entries of a cube document within {@code months} (all when empty), each keyed by the document's
     * values of the grouping's dimensions then the entry's bucket key, in the order of their months (reversed when
     * {@code descending}); read in one pass over its raw BSON.
     */
    static List<Keyed> cubeEntries(
            RawBsonDocument document, CellGrouping grouping, Optional<String[]> months, boolean descending) {
        List<String> dimensions = new ArrayList<>();
        grouping.dimensions().forEach(d -> dimensions.add(KeyFields.of(d)));
        String bucket = grouping.bucket().map(KeyFields::of).orElse(null);
        String[] values = new String[dimensions.size()];
        java.util.TreeMap<String, Object[]> entries = new java.util.TreeMap<>();
        try (BsonBinaryReader reader =
                new BsonBinaryReader(document.getByteBuffer().asNIO())) {
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String field = reader.readName();
                int k = dimensions.indexOf(field);
                if (k >= 0 && reader.getCurrentBsonType() == BsonType.STRING) {
                    values[k] = reader.readString();
                } else if (field.equals(CellLayout.MONTHS) && reader.getCurrentBsonType() == BsonType.DOCUMENT) {
                    reader.readStartDocument();
                    while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                        String month = reader.readName();
                        entries.put(month, entry(reader, bucket));
                    }
                    reader.readEndDocument();
                } else {
                    reader.skipValue();
                }
            }
            reader.readEndDocument();
        }
        List<Keyed> keyed = new ArrayList<>();
        for (Object[] entry : descending ? entries.descendingMap().values() : entries.values()) {
            String month = (String) entry[0];
            if (months.isPresent() && (month.compareTo(months.get()[0]) < 0 || month.compareTo(months.get()[1]) > 0)) {
                continue;
            }
            List<String> key = new ArrayList<>(Arrays.asList(values));
            if (bucket != null) {
                key.add((String) entry[1]);
            }
            keyed.add(new Keyed(key, (CellSums.Accumulator) entry[2]));
        }
        return keyed;
    }

    /** One month entry: its month, its key of {@code bucket}, its sums. */
    private static Object[] entry(BsonBinaryReader reader, String bucket) {
        String month = null;
        String bucketKey = null;
        CellSums.Accumulator sums = new CellSums.Accumulator();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String field = reader.readName();
            if (reader.getCurrentBsonType() == BsonType.STRING) {
                String value = reader.readString();
                if (field.equals(KeyFields.MONTH)) {
                    month = value;
                }
                if (field.equals(bucket)) {
                    bucketKey = value;
                }
            } else if (!SumFields.add(field, reader, sums)) {
                reader.skipValue();
            }
        }
        reader.readEndDocument();
        return new Object[] {month, bucketKey, sums};
    }

    /** The group a key and its sums make; empty when no measurement is left in it. */
    static Optional<GroupedCell> groupedCell(Keyed group, CellGrouping grouping) {
        if (group.sums().isEmpty()) {
            return Optional.empty();
        }
        Map<GapDimension, String> values = new EnumMap<>(GapDimension.class);
        int i = 0;
        for (GapDimension dimension : GapDimension.values()) {
            if (grouping.dimensions().contains(dimension)) {
                String value = group.key().get(i++);
                if (value != null) {
                    values.put(dimension, value);
                }
            }
        }
        Optional<String> bucket = grouping.bucket().map(any -> group.key().getLast());
        CellSums sums = group.sums().sums();
        return Optional.of(new GroupedCell(values, bucket, sums.statistics(), sums.emotions()));
    }

    /** The values of a group key in the order of {@link KeyOrder#groupFields}. */
    static List<String> keyValues(GroupKey key, CellGrouping grouping) {
        List<String> values = new ArrayList<>();
        for (GapDimension dimension : GapDimension.values()) {
            if (grouping.dimensions().contains(dimension)) {
                values.add(key.values().get(dimension));
            }
        }
        grouping.bucket().ifPresent(bucket -> values.add(key.bucket().orElse(null)));
        return values;
    }

    /**
     * The cells whose values of {@code fields} come after {@code values} (null: absent) in key order, ascending or
     * descending: equal on the fields before one, after on that one, for each field in turn. Absent sorts before any
     * text, and {@code $gt}/{@code $lt} only compare text with text. At most one clause per field.
     */
    static Document after(List<String> fields, List<String> values, boolean descending) {
        List<Document> clauses = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            String value = values.get(i);
            Document clause = new Document();
            for (int j = 0; j < i; j++) {
                clause.append(fields.get(j), values.get(j));
            }
            if (!descending) {
                clause.append(field, value == null ? new Document("$type", "string") : new Document("$gt", value));
            } else if (value == null) {
                continue;
            } else {
                clause.append(
                        "$or", List.of(new Document(field, new Document("$lt", value)), new Document(field, null)));
            }
            clauses.add(clause);
        }
        // nothing comes after the last group (or after the one group of a query grouped by nothing)
        return clauses.isEmpty() ? new Document("_id", new Document("$in", List.of())) : new Document("$or", clauses);
    }

    /** The cells whose values of {@code fields} equal {@code values} or come after them. */
    static Document notBefore(List<String> fields, List<String> values, boolean descending) {
        Document equal = new Document();
        for (int i = 0; i < fields.size(); i++) {
            equal.append(fields.get(i), values.get(i));
        }
        return new Document("$or", List.of(equal, after(fields, values, descending)));
    }

    /** {@code match} narrowed to {@code range} if there is one (beside any range it already has). */
    static Document within(Document match, Optional<Document> range) {
        if (range.isEmpty()) {
            return match;
        }
        List<Object> all = new ArrayList<>();
        if (match.get("$and") instanceof List<?> earlier) {
            all.addAll(earlier);
        }
        all.add(range.get());
        return new Document(match).append("$and", all);
    }
}
