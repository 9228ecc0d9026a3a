package com.gaplens.adapters.mongo.rollup;

import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.CellDeltas;
import com.gaplens.application.rollup.RollupLevel;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.gap.TimeBucket;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * Writes the cells of raw measurements loaded in bulk straight into MongoDB (benchmarks), at every level, computed by
 * the same code as the roll-up writer ({@link CellDeltas}), so that a rebuild finds nothing to correct. Feed it the
 * measurements in month order: a month's cells are handed to the writer when the next month starts. Not for a live
 * tenant: the cells are written as new documents, by whoever loads the raw measurements under a finished change.
 */
public final class BulkRollupLoad {

    private final Consumer<List<Document>> cells;
    private final String tenant;
    private final Map<CellAddress, CellSums.Accumulator> month = new LinkedHashMap<>();
    private String current;
    private long written;

    /** @param cells inserts cells into the roll-up collection ({@value CellDocument#COLLECTION}) of the database */
    public BulkRollupLoad(String tenant, Consumer<List<Document>> cells) {
        this.cells = cells;
        this.tenant = tenant;
    }

    /** Adds a measurement, as judged, to its cells of every level. */
    public void add(RecordedMeasurement measurement) {
        String itsMonth = TimeBucket.MONTH.keyOf(measurement.measurement().observedAt());
        if (current != null && itsMonth.compareTo(current) < 0) {
            throw new IllegalArgumentException(
                    "measurements must come in month order: " + itsMonth + " after " + current);
        }
        if (!itsMonth.equals(current)) {
            flush();
            current = itsMonth;
        }
        CellSums sums = CellDeltas.sumsOf(measurement);
        for (CellAddress address : CellDeltas.addresses(measurement)) {
            month.computeIfAbsent(address, any -> new CellSums.Accumulator()).add(sums);
        }
    }

    /** Writes what is left; how many cells were written in all. */
    public long finish() {
        flush();
        return written;
    }

    private void flush() {
        List<Document> documents = new ArrayList<>(month.size());
        Date now = new Date();
        month.forEach((address, sums) -> {
            Document cell = new Document(CellDocument.ID, CellDocument.idOf(tenant, address))
                    .append(CellDocument.TENANT, tenant)
                    .append(KeyFields.BRAND, address.brand());
            cell.putAll(CellDocument.created(address));
            cell.putAll(SumFields.increments(sums.sums()));
            cell.append(CellDocument.VERSION, 1L).append(CellDocument.TAKEN, List.of());
            if (address.level() == RollupLevel.MONTH) {
                cell.append(CellDocument.CHANGED, true).append(CellDocument.CHANGED_AT, now);
            }
            documents.add(cell);
        });
        for (int from = 0; from < documents.size(); from += 10_000) {
            cells.accept(documents.subList(from, Math.min(documents.size(), from + 10_000)));
        }
        written += documents.size();
        month.clear();
    }
}
