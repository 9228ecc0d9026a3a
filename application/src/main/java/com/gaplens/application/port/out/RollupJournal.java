package com.gaplens.application.port.out;

import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The journal of changes to the roll-ups: one entry per change in progress (the measurements one call inserts, or
 * moves by judging them anew), named by its {@link RollupToken}, and per tenant two watermarks. An entry exists from
 * before its change touches anything until the change is in every cell; a change whose entry is gone is finished.
 *
 * <p>An entry is {@link State#OPEN} while its measurements are being written (the set named by its token may still
 * grow), {@link State#SEALED} once that set is final (its cells may then be added to, by anyone, any number of
 * times: cells refuse a token twice), or {@link State#TAKEN} when someone else took the change over before it was
 * sealed: the measurements were renamed to a successor token, and the taken token is never added to a cell. Sealing
 * and taking over are both conditional on {@code OPEN}, so exactly one of them wins.
 *
 * <p><b>Watermarks.</b> A cell remembers the tokens it took; it may forget those below the tenant's {@code safe}
 * watermark, which is below every unfinished change, and refuse anything below it from then on. New entries must
 * stay above the {@code barrier}: a writer that registers a token at or below it abandons that token. Raising the
 * barrier before reading the unfinished entries (and registering before reading the barrier) is what guarantees
 * that no entry registers below {@code safe} unseen.
 */
public interface RollupJournal {

    /** Registers a change: {@code OPEN}, opened at {@code at}. The token must be new. */
    void open(TenantId tenant, RollupToken token, Instant at);

    /** {@code OPEN} → {@code SEALED}: its set of measurements is final. False when it is not {@code OPEN}. */
    boolean seal(TenantId tenant, RollupToken token);

    /**
     * {@code OPEN} → {@code TAKEN} by {@code successor}, at {@code at}: its measurements are to be renamed to the
     * successor, and it is never added to a cell. False when it is not {@code OPEN}.
     */
    boolean takeOver(TenantId tenant, RollupToken token, RollupToken successor, Instant at);

    /** Forgets a change: it is finished, or was abandoned before it touched anything. Idempotent. */
    void close(TenantId tenant, RollupToken token);

    /** The entries of these tokens that exist (those absent are finished). */
    Map<RollupToken, Entry> find(TenantId tenant, Collection<RollupToken> tokens);

    /** Up to {@code limit} entries of the tenant opened before {@code before}, oldest token first. */
    List<Entry> openedBefore(TenantId tenant, Instant before, int limit);

    /** Up to {@code limit} {@code SEALED} entries of the tenant, lowest token first: the changes left to fold. */
    List<Entry> sealed(TenantId tenant, int limit);

    /** The lowest token of the tenant's {@code OPEN} or {@code SEALED} entries. */
    Optional<RollupToken> lowestUnfinished(TenantId tenant);

    /** How many entries the tenant has. */
    long count(TenantId tenant);

    /** The tenants with entries. */
    Set<TenantId> tenants();

    /** The tenant's watermarks ({@link RollupToken#lowest()} for both until raised). */
    Watermarks watermarks(TenantId tenant);

    /** Raises the barrier to {@code token} if it is lower. */
    void raiseBarrier(TenantId tenant, RollupToken token);

    /** Raises the safe watermark to {@code token} if it is lower. */
    void raiseSafe(TenantId tenant, RollupToken token);

    enum State {
        OPEN,
        SEALED,
        TAKEN
    }

    /**
     * @param successor the token its measurements were renamed to, when {@code TAKEN}
     * @param takenAt   when it was taken over
     */
    record Entry(
            RollupToken token,
            State state,
            Instant openedAt,
            Optional<RollupToken> successor,
            Optional<Instant> takenAt) {
        public Entry {
            Require.present(token, "token");
            Require.present(state, "state");
            Require.present(openedAt, "openedAt");
            Require.present(successor, "successor");
            Require.present(takenAt, "takenAt");
        }
    }

    /**
     * @param barrier no change registers at or below it
     * @param safe    every change below it is finished; cells may forget the tokens below it
     */
    record Watermarks(RollupToken barrier, RollupToken safe) {
        public Watermarks {
            Require.present(barrier, "barrier");
            Require.present(safe, "safe");
        }
    }
}
