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

    /** The cells of {@code level} the filter keeps. */
    static Document match(TenantCollection cells, GapFilter filter, RollupLevel level) {
        Document match = cells.filter()
                .append(CellDocument.LEVEL, level.name())
                .append(KeyFields.AUDIENCE, filter.audience().name());
        filter.values()
                .forEach((dimension, kept) ->
                        match.append(KeyFields.of(dimension), new Document("$in", new ArrayList<>(kept))));
        filter.period().ifPresent(period -> {
            boolean days = level.grain() == RollupLevel.Grain.DAY;
            String from =
                    days ? period.from().toString() : period.from().toString().substring(0, 7);
            String to = days ? period.to().toString() : period.to().toString().substring(0, 7);
            match.append(CellDocument.TIME, new Document("$gte", from).append("$lte", to));
        });
        return match;
    }

    /** The stages merging the matched cells per group, sorted by the group fields when asked. */
    static List<Document> groupStages(CellGrouping grouping, boolean sorted, boolean descending) {
        List<String> fields = KeyOrder.groupFields(grouping);
        Document id = new Document();
        fields.forEach(field -> id.append(field, "$" + field));
        Document group = new Document("_id", id.isEmpty() ? null : id);
        for (String sum : SumFields.names()) {
            group.append(sum, new Document("$sum", "$" + sum));
        }
        List<Document> stages = new ArrayList<>(List.of(new Document("$group", group)));
        if (sorted && !fields.isEmpty()) {
            Document sort = new Document();
            fields.forEach(field -> sort.append("_id." + field, descending ? -1 : 1));
            stages.add(new Document("$sort", sort));
        }
        return stages;
    }

    /** The fields a read of cells merged in the application needs: the group fields and the sums. */
    static Document projection(List<String> keyFields) {
        Document fields = new Document();
        keyFields.forEach(field -> fields.append(field, 1));
        SumFields.names().forEach(sum -> fields.append(sum, 1));
        return fields;
    }

    /** A {@code $group} result's key and sums. */
    static Keyed keyedGroup(Document result, List<String> fields) {
        Document id = result.get("_id") instanceof Document d ? d : new Document();
        List<String> key = new ArrayList<>(fields.size());
        fields.forEach(field -> key.add(id.get(field) instanceof String value ? value : null));
        return new Keyed(key, new CellSums.Accumulator().add(SumFields.read(result)));
    }

    /** A cell's key (its values of the group fields) and sums, read in one pass over its raw BSON. */
    static Keyed keyedCell(RawBsonDocument cell, List<String> fields) {
        String[] key = new String[fields.size()];
        CellSums.Accumulator sums = new CellSums.Accumulator();
        try (BsonBinaryReader reader = new BsonBinaryReader(cell.getByteBuffer().asNIO())) {
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String field = reader.readName();
                int k = fields.indexOf(field);
                if (k >= 0 && reader.getCurrentBsonType() == BsonType.STRING) {
                    key[k] = reader.readString();
                } else if (!SumFields.add(field, reader, sums)) {
                    reader.skipValue();
                }
            }
            reader.readEndDocument();
        }
        return new Keyed(Arrays.asList(key), sums);
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
