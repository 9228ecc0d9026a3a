package com.gaplens.application.port.out.contract.rollup;

import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.MeasurementRepository.InsertReport;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.RollupCells;
import com.gaplens.application.port.out.RollupJournal;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.tenant.TenantId;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The write ports of the roll-ups with a crash at a chosen write: every document a port writes counts as one write
 * (an addition to cells is as many writes as its {@link RollupCells#units units}, an insert of a batch as many as
 * measurements), and the write numbered
 * {@link #crashAt} is never made — the process "dies" with a {@link Crash} there, after every write before it. So a
 * test can stop a call between any two of its writes, on any store, and check that whatever is left is finished
 * exactly by a retry or the repair.
 */
final class CrashingPorts {

    /** What a crash throws: the process stopped here. */
    static final class Crash extends RuntimeException {
        Crash(int write) {
            super("crash before write " + write);
        }
    }

    private static final Set<String> WRITES =
            Set.of("open", "seal", "takeOver", "close", "raiseBarrier", "raiseSafe", "rename", "markForRejudgement");

    private int writes;
    private int crashAt = Integer.MAX_VALUE;

    final RollupJournal journal;
    final RollupCells cells;
    final MeasurementRepository measurements;

    CrashingPorts(RollupJournal journal, RollupCells cells, MeasurementRepository measurements) {
        this.journal = counting(RollupJournal.class, journal);
        this.cells = handled(RollupCells.class, (proxy, method, args) -> switch (method.getName()) {
            case "add" -> addUnitByUnit(cells, args);
            case "addAll" -> addAllUnitByUnit(cells, args);
            default -> forward(cells, method, args);
        });
        this.measurements = handled(MeasurementRepository.class, (proxy, method, args) -> switch (method.getName()) {
            case "insertNew" -> insertOneByOne(measurements, args);
            case "storeJudgements" -> storeOneByOne(measurements, args);
            default -> counted(measurements, method, args);
        });
    }

    /** Crash before the write numbered {@code write} from now (0: the next one). */
    synchronized void crashAfter(int write) {
        writes = 0;
        crashAt = write;
    }

    /** Count writes from now on, crashing at none. */
    synchronized void count() {
        writes = 0;
        crashAt = Integer.MAX_VALUE;
    }

    /** Writes made since {@link #count()} or {@link #crashAfter}. */
    synchronized int writes() {
        return writes;
    }

    synchronized void healthy() {
        crashAt = Integer.MAX_VALUE;
    }

    private synchronized void write() {
        if (writes == crashAt) {
            throw new Crash(writes);
        }
        writes++;
    }

    private Object counted(Object target, Method method, Object[] args) throws Throwable {
        if (WRITES.contains(method.getName())) {
            write();
        }
        return forward(target, method, args);
    }

    /** An addition made unit by unit ({@link RollupCells#units}): a crash may fall between any two of them. */
    @SuppressWarnings("unchecked")
    private Object addUnitByUnit(RollupCells cells, Object[] args) {
        TenantId tenant = (TenantId) args[0];
        Map<CellAddress, CellSums> deltas = (Map<CellAddress, CellSums>) args[2];
        for (Set<CellAddress> unit : cells.units(tenant, deltas.keySet())) {
            write();
            Map<CellAddress, CellSums> some = new java.util.LinkedHashMap<>();
            unit.forEach(address -> some.put(address, deltas.get(address)));
            cells.add(tenant, (RollupToken) args[1], some, (RollupToken) args[3]);
        }
        return null;
    }

    /**
     * Several changes added together, unit by unit: each unit takes every change that touches it in one write, so a
     * crash may fall between any two units.
     */
    @SuppressWarnings("unchecked")
    private Object addAllUnitByUnit(RollupCells cells, Object[] args) {
        TenantId tenant = (TenantId) args[0];
        Map<RollupToken, Map<CellAddress, CellSums>> changes = (Map<RollupToken, Map<CellAddress, CellSums>>) args[1];
        Set<CellAddress> every = new java.util.LinkedHashSet<>();
        changes.values().forEach(deltas -> every.addAll(deltas.keySet()));
        for (Set<CellAddress> unit : cells.units(tenant, every)) {
            write();
            Map<RollupToken, Map<CellAddress, CellSums>> some = new java.util.LinkedHashMap<>();
            changes.forEach((token, deltas) -> deltas.forEach((address, delta) -> {
                if (unit.contains(address)) {
                    some.computeIfAbsent(token, t -> new java.util.LinkedHashMap<>())
                            .put(address, delta);
                }
            }));
            cells.addAll(tenant, some, (RollupToken) args[2]);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private Object insertOneByOne(MeasurementRepository measurements, Object[] args) {
        TenantId tenant = (TenantId) args[0];
        RollupToken token = (RollupToken) args[1];
        List<RecordedMeasurement> batch = (List<RecordedMeasurement>) args[2];
        MeasurementRepository.checkedIds(tenant, batch);
        Set<ExternalId> inserted = new HashSet<>();
        Set<ExternalId> present = new HashSet<>();
        for (RecordedMeasurement one : batch) {
            write();
            InsertReport report = measurements.insertNew(tenant, token, List.of(one));
            inserted.addAll(report.inserted());
            present.addAll(report.alreadyPresent());
        }
        return new InsertReport(inserted, present);
    }

    @SuppressWarnings("unchecked")
    private Object storeOneByOne(MeasurementRepository measurements, Object[] args) {
        List<MeasurementRepository.Rejudged> judged = (List<MeasurementRepository.Rejudged>) args[2];
        List<RecordedMeasurement> moved = new ArrayList<>();
        for (MeasurementRepository.Rejudged one : judged) {
            write();
            moved.addAll(measurements.storeJudgements((TenantId) args[0], (RollupToken) args[1], List.of(one)));
        }
        return moved;
    }

    private <T> T counting(Class<T> type, T target) {
        return handled(type, (proxy, method, args) -> counted(target, method, args));
    }

    private static <T> T handled(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object forward(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
