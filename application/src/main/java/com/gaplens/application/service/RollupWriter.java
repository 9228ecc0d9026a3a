package com.gaplens.application.service;

import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.MeasurementRepository.InsertReport;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.MeasurementRepository.Rejudged;
import com.gaplens.application.port.out.RollupCells;
import com.gaplens.application.port.out.RollupJournal;
import com.gaplens.application.port.out.RollupJournal.Entry;
import com.gaplens.application.port.out.RollupJournal.Watermarks;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.CellDeltas;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one way the roll-ups change: by adding what a change brings — the measurements a call inserts, or those a new
 * judgement moves — to every cell it touches. A call costs what it brings: its measurements and the cells they
 * touch, never what those cells already hold.
 *
 * <p><b>Why single-document idempotency, not transactions.</b> A change is a raw write (the measurements, named by the
 * change's {@link RollupToken}) followed by additions to many cells. MongoDB's multi-document transactions would make
 * them one, but the embedded first-run server has none, and on a sharded cluster a change's measurements and cells
 * live on different shards: every call would be a distributed transaction. Instead, each cell remembers the tokens it
 * took and refuses one twice, in the same single-document update that adds to it; the journal
 * ({@link RollupJournal}) names every change in progress, so that whatever a crash interrupted is found and finished,
 * by the repair or by a client's retry. One path, the same on both servers.
 *
 * <p><b>The life of a change.</b>
 * <ol>
 *   <li>Register: a journal entry, {@code OPEN}, before anything is written, its token above the barrier.</li>
 *   <li>Write the measurements, each named by the token (insert, or the new judgement with the one it leaves).</li>
 *   <li>Seal: the set of measurements the token names is final. An insert returns here.</li>
 *   <li>Add to the cells: each cell takes the token once; anyone may do it again, concurrently or after a crash. An
 *       insert's change is added by a {@link #fold} of many sealed changes together — by the folder in the
 *       background, by any read of the views before it reads, by a writer that finds a full round waiting — so that
 *       calls that touch the same documents share their writes; a new judgement adds its own at once.</li>
 *   <li>Close: the entry is removed; the change is finished.</li>
 * </ol>
 * A change found {@code OPEN} by someone else — a repair, a client retrying, a judgement — may be taken over at any
 * time: its measurements are renamed to a new change, which then goes through the same steps, and the taken token is
 * never added to a cell. Sealing and taking over are both conditional on {@code OPEN}: exactly one wins, so a change
 * is either added as its writer wrote it, or entirely by its successor, never partly twice. Measurements a slow
 * writer's insert still lands under a taken token are renamed in turn when found.
 *
 * <p><b>Watermarks.</b> Cells forget tokens below the tenant's {@code safe} watermark, so they stay small whatever
 * the traffic: {@link #advanceWatermarks} raises the barrier to the lowest unfinished change (or now), then sets
 * {@code safe} to the lowest unfinished change below the barrier. A writer registers its entry before it reads the
 * barrier, and abandons a token that is not above it: so no change registers below {@code safe} unseen.
 */
public final class RollupWriter {

    /** How many times a change is registered anew when its token fell at or below the barrier. */
    static final int REGISTRATIONS = 8;
    /** How many sealed changes {@link #fold} adds together, and how many make a writer fold before it returns. */
    static final int CHANGES_PER_FOLD = 32;
    /** How many rounds {@link #settle} makes: a change taken over while being taken over, and so on. */
    static final int SETTLE_ROUNDS = 8;
    /** The age of the safe watermark above which a writer raises it after its own change. */
    static final Duration WATERMARK_AGE = Duration.ofSeconds(1);

    private final RollupJournal journal;
    private final RollupCells cells;
    private final MeasurementRepository measurements;
    private final Clock clock;
    private final RollupFolding folding;

    public RollupWriter(RollupJournal journal, RollupCells cells, MeasurementRepository measurements, Clock clock) {
        this.journal = Require.present(journal, "journal");
        this.cells = Require.present(cells, "cells");
        this.measurements = Require.present(measurements, "measurements");
        this.clock = Require.present(clock, "clock");
        this.folding = new RollupFolding(journal, cells, measurements, clock, this::advanceWatermarks);
    }

    /**
     * Inserts those of {@code fresh} whose external id is not stored yet, as a sealed change: when this returns, every
     * inserted measurement is stored and named by a change {@link #fold} adds to the cells, and every read of the
     * views folds before it reads ({@link FoldingGapStatistics}). When the tenant already has a full round of sealed
     * changes, the caller folds one before returning: the work left behind stays bounded whatever the traffic.
     */
    public InsertReport insert(TenantId tenant, List<RecordedMeasurement> fresh) {
        Registration change = register(tenant);
        InsertReport report = measurements.insertNew(tenant, change.token(), fresh);
        if (journal.seal(tenant, change.token())) {
            List<Entry> sealed = journal.sealed(tenant, CHANGES_PER_FOLD);
            if (sealed.size() == CHANGES_PER_FOLD) {
                folding.fold(tenant, sealed);
            }
        } else {
            // taken over while inserting (a retry of the same items, a repair): settle whatever now names them
            settle(tenant, measurements.tokens(tenant, report.inserted()).values());
        }
        return report;
    }

    /**
     * Adds up to {@value #CHANGES_PER_FOLD} of the tenant's sealed changes to the cells together ({@link
     * RollupFolding}); returns how many. Idempotent, and safe to run concurrently anywhere.
     */
    public int fold(TenantId tenant) {
        return folding.fold(tenant, journal.sealed(tenant, CHANGES_PER_FOLD));
    }

    /** Folds until no sealed change is left, such as every change sealed before the call. */
    public void foldAll(TenantId tenant) {
        while (fold(tenant) == CHANGES_PER_FOLD) {
            // a full round: there may be more
        }
    }

    /**
     * Moves measurements read awaiting judgement to the cells of their new judgement. Only measurements whose change
     * is finished move (a change still in progress is settled first); one changed since it was read is left for the
     * next reading. Returns the measurements moved, as judged now.
     */
    public List<RecordedMeasurement> move(TenantId tenant, List<Rejudged> readings) {
        // a reading may hold a measurement twice (a cursor sees a document again when a new marking moves its index
        // key during the scan): it moves once, by its first reading; if that one's mark is stale, it stays marked
        Map<ExternalId, Rejudged> once = new LinkedHashMap<>();
        readings.forEach(r -> once.putIfAbsent(r.read().measurement().externalId(), r));
        List<Rejudged> judged = List.copyOf(once.values());
        settle(tenant, judged.stream().map(r -> r.read().token()).toList());
        Registration change = register(tenant);
        List<RecordedMeasurement> moved = measurements.storeJudgements(tenant, change.token(), judged);
        if (journal.seal(tenant, change.token())) {
            Map<ExternalId, RecordedMeasurement> before = new HashMap<>();
            judged.forEach(r ->
                    before.put(r.read().measurement().externalId(), r.read().measurement()));
            CellDeltas deltas = new CellDeltas();
            for (RecordedMeasurement now : moved) {
                deltas.leave(before.get(now.externalId())).enter(now);
            }
            finish(tenant, change, deltas.deltas());
        } else {
            settle(
                    tenant,
                    measurements
                            .tokens(
                                    tenant,
                                    moved.stream()
                                            .map(RecordedMeasurement::externalId)
                                            .toList())
                            .values());
        }
        return moved;
    }

    /**
     * Brings the roll-ups up to date with the stored measurements among {@code ids}: finishes the changes that
     * name them (a client retrying a call that was interrupted). Cheap when they are finished: one read.
     */
    public void settleMeasurements(TenantId tenant, Collection<ExternalId> ids) {
        if (!ids.isEmpty()) {
            settle(tenant, measurements.tokens(tenant, ids).values());
        }
    }

    /**
     * Finishes these changes: adds a sealed one to its cells, takes over an open one, renames what a taken one still
     * names, and so on with the changes that take their place, until every one is finished. Idempotent; safe to run
     * concurrently with their writers.
     */
    public void settle(TenantId tenant, Collection<RollupToken> tokens) {
        Set<RollupToken> pending = new HashSet<>(tokens);
        for (int round = 0; round < SETTLE_ROUNDS && !pending.isEmpty(); round++) {
            Set<RollupToken> next = new HashSet<>();
            for (Entry entry : journal.find(tenant, pending).values()) {
                next.addAll(advance(tenant, entry));
            }
            pending = next;
        }
        if (!pending.isEmpty()) {
            throw new ConflictException(
                    "ROLLUP_BUSY",
                    null,
                    pending.size() + " changes of the roll-ups kept being taken over; the call may be retried");
        }
    }

    /**
     * One step of a change someone else started; the changes to settle next in its place (itself again when a
     * concurrent writer moved it meanwhile).
     */
    Set<RollupToken> advance(TenantId tenant, Entry entry) {
        RollupToken token = entry.token();
        switch (entry.state()) {
            case SEALED -> {
                CellDeltas deltas = RollupFolding.deltasOf(measurements.changedBy(tenant, token));
                cells.add(
                        tenant,
                        token,
                        deltas.deltas(),
                        journal.watermarks(tenant).safe());
                journal.close(tenant, token);
                return Set.of();
            }
            case OPEN -> {
                return takeOver(tenant, token).isPresent() ? Set.of() : Set.of(token);
            }
            case TAKEN -> {
                Set<RollupToken> next = new HashSet<>();
                entry.successor().ifPresent(next::add);
                if (measurements.countChangedBy(tenant, List.of(token)) > 0) {
                    renameStragglers(tenant, token);
                }
                return next;
            }
            default -> throw new IllegalStateException("unknown state " + entry.state());
        }
    }

    /**
     * Takes over the open change {@code token}: renames its measurements to a new change and finishes that. Empty
     * when the change was no longer open (sealed or taken by someone else meanwhile).
     */
    Optional<RollupToken> takeOver(TenantId tenant, RollupToken token) {
        Registration successor = register(tenant);
        if (!journal.takeOver(tenant, token, successor.token(), clock.now())) {
            journal.close(tenant, successor.token()); // unused: it touched nothing
            return Optional.empty();
        }
        measurements.rename(tenant, token, successor.token());
        sealAndFinish(tenant, successor);
        return Optional.of(successor.token());
    }

    /** Renames what the taken change {@code token} still names (a slow insert that landed late) to a new change. */
    void renameStragglers(TenantId tenant, RollupToken token) {
        Registration successor = register(tenant);
        measurements.rename(tenant, token, successor.token());
        sealAndFinish(tenant, successor);
    }

    private void sealAndFinish(TenantId tenant, Registration change) {
        if (!journal.seal(tenant, change.token())) {
            return; // taken over in turn: its taker finishes it
        }
        finish(
                tenant,
                change,
                RollupFolding.deltasOf(measurements.changedBy(tenant, change.token()))
                        .deltas());
    }

    /**
     * Adds {@code deltas} to their cells as a change of its own, naming no measurement: a correction found by a
     * rebuild. Idempotent per cell like any change; a crash leaves part of it, which the next rebuild finds again.
     */
    public void correct(TenantId tenant, Map<CellAddress, CellSums> deltas) {
        // left open while it adds: sealed, it would look like a change to fold from its measurements, and it has none
        finish(tenant, register(tenant), deltas);
    }

    private void finish(TenantId tenant, Registration change, Map<CellAddress, CellSums> deltas) {
        cells.add(tenant, change.token(), deltas, change.watermarks().safe());
        journal.close(tenant, change.token());
        if (change.watermarks().safe().drawnAt().plus(WATERMARK_AGE).isBefore(clock.now())) {
            advanceWatermarks(tenant);
        }
    }

    /**
     * Raises the tenant's watermarks: the barrier to the lowest unfinished change (or now, when none is), then
     * {@code safe} to the lowest change still unfinished below the barrier. Idempotent; any instance may run it.
     */
    public void advanceWatermarks(TenantId tenant) {
        RollupToken now = RollupToken.lowestAt(clock.now());
        RollupToken candidate =
                journal.lowestUnfinished(tenant).filter(t -> t.isBefore(now)).orElse(now);
        journal.raiseBarrier(tenant, candidate);
        RollupToken safe = journal.lowestUnfinished(tenant)
                .filter(t -> t.isBefore(candidate))
                .orElse(candidate);
        journal.raiseSafe(tenant, safe);
    }

    /**
     * Registers a new change: its entry first, then the barrier read; a token at or below the barrier is abandoned
     * (its entry removed before it touched anything) and one above it drawn.
     */
    private Registration register(TenantId tenant) {
        RollupToken notBefore = RollupToken.lowest();
        for (int attempt = 0; attempt < REGISTRATIONS; attempt++) {
            RollupToken token = RollupToken.draw(clock.now(), notBefore);
            journal.open(tenant, token, clock.now());
            Watermarks watermarks = journal.watermarks(tenant);
            if (watermarks.barrier().isBefore(token)) {
                return new Registration(token, watermarks);
            }
            journal.close(tenant, token);
            notBefore = watermarks.barrier();
        }
        throw new ConflictException(
                "ROLLUP_BUSY", null, "no change of the roll-ups could be registered above the barrier; retry the call");
    }

    /** A change registered: its token, and the watermarks read right after. */
    private record Registration(RollupToken token, Watermarks watermarks) {}
}
