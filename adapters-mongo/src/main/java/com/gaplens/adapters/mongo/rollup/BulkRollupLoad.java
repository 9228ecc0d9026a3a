package com.gaplens.adapters.mongo.rollup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * Writes the day and month cells of raw measurements loaded in bulk straight into MongoDB (benchmarks, large demo
 * data), built by the same code as {@link MongoGapStatisticsStore}'s recomputation, so that a rebuild finds
 * nothing to change. Feed it the measurements in day order: a day's cells are handed to the writer when the next
 * day starts, a month's when the next month does. Not for a live tenant: the cells are written unguarded, as their
 * first version, by whoever loads the raw measurements (this adapter reaches MongoDB only through its tenant scope).
 */
public final class BulkRollupLoad {

    private final Consumer<List<Document>> cells;
    private final String tenant;
    private final Map<String, Document> dayCells = new LinkedHashMap<>();
    private final Map<String, CellSums> daySums = new LinkedHashMap<>();
    private final Map<String, Document> monthCells = new LinkedHashMap<>();
    private final Map<String, CellSums> monthSums = new LinkedHashMap<>();
    private String day;
    private String month;
    private long written;

    /** @param cells inserts cells into the roll-up collection ({@code rollup_cells}) of the database loaded */
    public BulkRollupLoad(String tenant, Consumer<List<Document>> cells) {
        this.cells = cells;
        this.tenant = tenant;
    }

    /** Adds a raw measurement as the adapter stores it (with its {@code day} and {@code dayCell}). */
    public void add(Document measurement) {
        String itsDay = measurement.getString(MongoGapStatisticsStore.DAY);
        if (day != null && itsDay.compareTo(day) < 0) {
            throw new IllegalArgumentException("measurements must come in day order: " + itsDay + " after " + day);
        }
        if (!itsDay.equals(day)) {
            flushDay();
            day = itsDay;
        }
        String id = measurement.getString("dayCell");
        dayCells.computeIfAbsent(id, any -> MongoGapStatisticsStore.dayCell(tenant, id, measurement));
        daySums.computeIfAbsent(id, any -> new CellSums()).addMeasurement(measurement);
    }

    /** Writes what is left; how many cells were written in all. */
    public long finish() {
        flushDay();
        flushMonth();
        return written;
    }

    private void flushDay() {
        List<Document> documents = new ArrayList<>(dayCells.size());
        dayCells.forEach((id, cell) -> {
            daySums.get(id).writeTo(cell);
            cell.append(MongoGapStatisticsStore.VERSION, 1L);
            documents.add(cell);
            String itsMonth = cell.getString(MongoGapStatisticsStore.MONTH);
            if (!itsMonth.equals(month)) {
                flushMonth();
                month = itsMonth;
            }
            String monthId = cell.getString(MongoGapStatisticsStore.MONTH_CELL);
            monthCells.computeIfAbsent(monthId, any -> MongoGapStatisticsStore.monthCell(tenant, monthId, cell));
            monthSums.computeIfAbsent(monthId, any -> new CellSums()).addCell(cell);
        });
        write(documents);
        dayCells.clear();
        daySums.clear();
    }

    private void flushMonth() {
        List<Document> documents = new ArrayList<>(monthCells.size());
        monthCells.forEach((id, cell) -> {
            monthSums.get(id).writeTo(cell);
            cell.append(MongoGapStatisticsStore.VERSION, 1L);
            documents.add(cell);
        });
        write(documents);
        monthCells.clear();
        monthSums.clear();
    }

    private void write(List<Document> documents) {
        for (int from = 0; from < documents.size(); from += 10_000) {
            cells.accept(documents.subList(from, Math.min(documents.size(), from + 10_000)));
        }
        written += documents.size();
    }
}
