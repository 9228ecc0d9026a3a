package com.gaplens.application.port.out;

import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.rollup.Contributing;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.gap.Contribution;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.measurement.NormalisedReading;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stores raw measurements, the source of truth of every gap: unique per (tenant, external id), written
 * once, never changed by a later recording (only their judgement follows the promise). Each is stored with what the
 * roll-ups need beside it (its normalised contribution, the touchpoint's phase and channel when recorded), so that
 * roll-ups can be computed, and recomputed, from the raw measurements alone.
 *
 * <p>Each measurement also names the last change of the roll-ups that concerned it (a {@link RollupToken}: the call
 * that inserted it, or the new judgement that moved it), and, when that change moved it, the judgement it left: so
 * that whoever finishes an interrupted change finds its measurements and what they bring to each cell (see
 * {@link RollupJournal}).
 */
public interface MeasurementRepository {

    /** The tenant's stored measurements among {@code ids}; ids not stored are absent from the map. */
    Map<ExternalId, Measurement> findByExternalIds(TenantId tenant, Set<ExternalId> ids);

    /**
     * Inserts, named by the change {@code token}, the measurements whose external id is not stored yet, and none of
     * the others (a stored one is never overwritten, even by a concurrent writer). The external ids in
     * {@code measurements} must be distinct and of {@code tenant} ({@link IllegalArgumentException} otherwise,
     * nothing written).
     */
    InsertReport insertNew(TenantId tenant, RollupToken token, List<RecordedMeasurement> measurements);

    long count(TenantId tenant);

    /** Every stored measurement of the tenant, in no particular order. Close the stream. */
    Stream<RecordedMeasurement> streamAll(TenantId tenant);

    /** The change that last concerned each of these stored measurements (ids not stored are absent). */
    Map<ExternalId, RollupToken> tokens(TenantId tenant, Collection<ExternalId> ids);

    /** The measurements the change {@code token} names, as judged now, with the judgement each left if it moved. */
    List<Changed> changedBy(TenantId tenant, RollupToken token);

    /** Renames the measurements of change {@code from} to change {@code to} (a take-over); how many. */
    long rename(TenantId tenant, RollupToken from, RollupToken to);

    /** How many measurements these changes name: the roll-ups they still owe. */
    long countChangedBy(TenantId tenant, Collection<RollupToken> tokens);

    /**
     * Marks every measurement of {@code brand} (of {@code segment} only, when given) observed at or after
     * {@code from} as awaiting a new judgement: a publication changed the promise in force then. Returns how many
     * were marked. A measurement marked again carries the newer mark.
     */
    long markForRejudgement(TenantId tenant, BrandId brand, Optional<SegmentId> segment, Instant from);

    /** Marks these stored measurements as awaiting a new judgement (a recording that raced with a publication). */
    void markForRejudgement(TenantId tenant, Collection<ExternalId> ids);

    /** Up to {@code limit} measurements of the tenant awaiting a new judgement, with their change and mark. */
    List<AwaitingJudgement> awaitingJudgement(TenantId tenant, int limit);

    /** How many measurements of the tenant await a new judgement. */
    long countAwaitingJudgement(TenantId tenant);

    /** The tenants with measurements awaiting a new judgement. */
    Set<TenantId> tenantsAwaitingJudgement();

    /**
     * Stores each new judgement, if the measurement still has the change and the mark read: clears the mark and,
     * when the judgement changed, stores it, remembers the judgement left and names the measurement by the change
     * {@code token}. Returns the measurements it moved, as judged now; the others (unchanged judgement, or read
     * before another writer changed them) keep their change.
     */
    List<RecordedMeasurement> storeJudgements(TenantId tenant, RollupToken token, List<Rejudged> judged);

    /** The brand's measurements observed in {@code month} ({@code 2026-11}), each with its change. Close it. */
    Stream<Stored> observedIn(TenantId tenant, BrandId brand, String month);

    /** The first month from {@code from} to {@code to} ({@code 2026-11}) in which the brand has a measurement. */
    Optional<String> nextMonth(TenantId tenant, BrandId brand, String from, String to);

    /** A measurement named by a change, as judged now, with the judgement that change moved it from. */
    record Changed(RecordedMeasurement measurement, Optional<Judgement> leaving) {
        public Changed {
            Require.present(measurement, "measurement");
            Require.present(leaving, "leaving");
        }

        /** The measurement as it was judged before the change moved it. */
        public Optional<RecordedMeasurement> before() {
            return leaving.map(measurement::judged);
        }
    }

    /** A stored measurement with its change. */
    record Stored(Changed changed, RollupToken token) {
        public Stored {
            Require.present(changed, "changed");
            Require.present(token, "token");
        }
    }

    /** A measurement read while awaiting a new judgement: with the change and the mark it had. */
    record AwaitingJudgement(RecordedMeasurement measurement, RollupToken token, String mark) {
        public AwaitingJudgement {
            Require.present(measurement, "measurement");
            Require.present(token, "token");
            Require.present(mark, "mark");
        }
    }

    /** A measurement read awaiting judgement, and its new judgement. */
    record Rejudged(AwaitingJudgement read, Judgement judgement) {
        public Rejudged {
            Require.present(read, "read");
            Require.present(judgement, "judgement");
        }
    }

    /** Which of the measurements given were inserted, and which found their external id already taken. */
    record InsertReport(Set<ExternalId> inserted, Set<ExternalId> alreadyPresent) {
        public InsertReport {
            inserted = Set.copyOf(inserted);
            alreadyPresent = Set.copyOf(alreadyPresent);
        }
    }

    /**
     * A measurement as recorded, with what the roll-ups key and weigh it by.
     *
     * @param normalised its contribution (w, x, s) on the 0–100 scale, from its scale when recorded
     * @param phase      the journey phase of its touchpoint when recorded
     * @param channel    the channel of its touchpoint when recorded
     * @param recordedAt when GapLens recorded it
     * @param judgement  the commitment it is judged against (or none), from the promise in force when observed
     */
    record RecordedMeasurement(
            Measurement measurement,
            NormalisedReading normalised,
            JourneyPhase phase,
            Channel channel,
            Instant recordedAt,
            Judgement judgement)
            implements Contributing {
        public RecordedMeasurement {
            Require.present(judgement, "judgement");
            Require.present(measurement, "measurement");
            Require.present(normalised, "normalised");
            Require.present(phase, "phase");
            Require.present(channel, "channel");
            Require.present(recordedAt, "recordedAt");
        }

        public ExternalId externalId() {
            return measurement.externalId();
        }

        @Override
        public Instant observedAt() {
            return measurement.observedAt();
        }

        @Override
        public Audience audience() {
            return measurement.audience();
        }

        /** What it adds to each of its roll-up cells: its reading, judged, with its emotion. */
        @Override
        public CellSums sums() {
            return CellSums.of(
                    new Contribution(normalised, measurement.method(), judgement.targetLevel()), measurement.emotion());
        }

        @Override
        public Optional<String> key(GapDimension dimension) {
            Measurement m = measurement;
            Optional<Judgement.Promised> promised =
                    judgement instanceof Judgement.Promised p ? Optional.of(p) : Optional.empty();
            return switch (dimension) {
                case BRAND -> Optional.of(m.brand().value());
                case BRAND_VALUE -> promised.map(p -> p.brandValue().value());
                case COMMITMENT -> promised.map(p -> p.commitment().value());
                case PHASE -> Optional.of(phase.name());
                case TOUCHPOINT -> Optional.of(m.touchpoint().value());
                case CHANNEL -> Optional.of(channel.name());
                case FAMILY -> Optional.of(m.variable().family().name());
                case DIMENSION -> Optional.of(m.variable().dimension().name());
                case VARIABLE -> Optional.of(m.variable().name());
                case SEGMENT -> m.segment().map(s -> s.value());
                case METHOD -> Optional.of(m.method().name());
            };
        }

        /** The same measurement judged anew. */
        public RecordedMeasurement judged(Judgement newJudgement) {
            return new RecordedMeasurement(measurement, normalised, phase, channel, recordedAt, newJudgement);
        }
    }

    /** The ids of {@code measurements}, checked distinct and of {@code tenant}. */
    static List<ExternalId> checkedIds(TenantId tenant, List<RecordedMeasurement> measurements) {
        List<ExternalId> ids =
                measurements.stream().map(RecordedMeasurement::externalId).toList();
        if (Set.copyOf(ids).size() != ids.size()) {
            throw new IllegalArgumentException("the external ids of one insert must be distinct");
        }
        for (RecordedMeasurement m : measurements) {
            if (!m.measurement().tenant().equals(tenant)) {
                throw new IllegalArgumentException(
                        "a measurement of tenant " + m.measurement().tenant() + " inserted for tenant " + tenant);
            }
        }
        return ids;
    }
}
