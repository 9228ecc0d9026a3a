package com.gaplens.adapters.mongo.rollup;

import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.CellDeltas;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * Writes the cells of raw measurements loaded in bulk straight into MongoDB (benchmarks), at every level, computed by
 * the same code as the roll-up writer ({@link CellDeltas}, {@link CellLayout}), so that a rebuild finds nothing to
 * correct. Feed it the measurements in time order: a month's fine documents are handed to the writer when the next
 * month starts, a year's cube documents when the next year does. Not for a live tenant: the documents are written as
 * new ones, under the change {@code token}, which must be finished (the measurements loaded name it).
 */
public final class BulkRollupLoad {

    private final Consumer<List<Document>> documents;
    private final TenantId tenant;
    private final RollupToken token;
    private final Map<CellAddress, CellSums.Accumulator> fine = new LinkedHashMap<>();
    private final Map<CellAddress, CellSums.Accumulator> cubes = new LinkedHashMap<>();
    private String month;
    private String year;
    private long written;

    /** @param documents inserts documents into the roll-up collection ({@value CellDocument#COLLECTION}) */
    public BulkRollupLoad(TenantId tenant, RollupToken token, Consumer<List<Document>> documents) {
        this.documents = documents;
        this.tenant = tenant;
        this.token = token;
    }

    /** Adds a measurement, as judged, to its cells of every level. */
    public void add(RecordedMeasurement measurement) {
        String itsMonth = TimeBucket.MONTH.keyOf(measurement.measurement().observedAt());
        if (month != null && itsMonth.compareTo(month) < 0) {
            throw new IllegalArgumentException("measurements must come in time order: " + itsMonth + " after " + month);
        }
        if (!itsMonth.equals(month)) {
            flush(fine);
            month = itsMonth;
        }
        if (!itsMonth.substring(0, 4).equals(year)) {
            flush(cubes);
            year = itsMonth.substring(0, 4);
        }
        CellSums sums = CellDeltas.sumsOf(measurement);
        for (CellAddress address : CellDeltas.addresses(measurement)) {
            (address.level().isCube() ? cubes : fine)
                    .computeIfAbsent(address, any -> new CellSums.Accumulator())
                    .add(sums);
        }
    }

    /** Writes what is left; how many documents were written in all. */
    public long finish() {
        flush(fine);
        flush(cubes);
        return written;
    }

    private void flush(Map<CellAddress, CellSums.Accumulator> cells) {
        Map<String, CellAddition> additions = new LinkedHashMap<>();
        cells.forEach((address, sums) -> {
            CellLayout.Slot slot = CellLayout.of(tenant.value(), address);
            additions
                    .computeIfAbsent(slot.document(), id -> new CellAddition(id, address))
                    .add(address, slot, sums.sums());
        });
        Date now = new Date();
        List<Document> created = new ArrayList<>(additions.size());
        additions.values().forEach(addition -> created.add(addition.created(tenant, List.of(token), now)));
        for (int from = 0; from < created.size(); from += 10_000) {
            documents.accept(created.subList(from, Math.min(created.size(), from + 10_000)));
        }
        written += created.size();
        cells.clear();
    }
}
