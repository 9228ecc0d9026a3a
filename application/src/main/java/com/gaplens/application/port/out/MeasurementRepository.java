package com.gaplens.application.port.out;

import com.gaplens.application.gaps.GapDimension;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.measurement.NormalisedReading;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stores raw measurements, the source of truth of every gap: unique per (tenant, external id), written
 * once, never changed by a later recording (only their judgement follows the promise, and their roll-up state
 * the roll-ups). Each is stored with what the roll-ups need beside it (its
 * normalised contribution, the touchpoint's phase and channel when recorded), so that roll-ups can be
 * computed, and recomputed, from the raw measurements alone.
 */
public interface MeasurementRepository {

    /** The tenant's stored measurements among {@code ids}; ids not stored are absent from the map. */
    Map<ExternalId, Measurement> findByExternalIds(TenantId tenant, Set<ExternalId> ids);

    /**
     * Inserts the measurements whose external id is not stored yet, and none of the others (a stored one is
     * never overwritten, even by a concurrent writer). The external ids in {@code measurements} must be
     * distinct and of {@code tenant} ({@link IllegalArgumentException} otherwise, nothing written).
     */
    InsertReport insertNew(TenantId tenant, List<RecordedMeasurement> measurements);

    long count(TenantId tenant);

    /** Every stored measurement of the tenant, in no particular order. Close the stream. */
    Stream<RecordedMeasurement> streamAll(TenantId tenant);

    /**
     * Marks every measurement of {@code brand} (of {@code segment} only, when given) observed at or after
     * {@code from} as awaiting a new judgement: a publication changed the promise in force then. Returns how many
     * were marked. Marking is idempotent and leaves the roll-up state alone.
     */
    long markForRejudgement(TenantId tenant, BrandId brand, Optional<SegmentId> segment, Instant from);

    /** Up to {@code limit} measurements of the tenant awaiting a new judgement. */
    List<RecordedMeasurement> awaitingJudgement(TenantId tenant, int limit);

    /**
     * Stores the new judgement of each measurement and clears its mark. A measurement whose judgement changed
     * moves to other roll-up cells: it is marked pending again, remembering the cells it leaves, so that applying
     * it recomputes both.
     */
    void storeJudgements(TenantId tenant, Map<ExternalId, Judgement> judgements);

    /** Up to {@code limit} measurements of the tenant whose roll-up is pending and recorded before {@code before}. */
    Set<ExternalId> pendingRollups(TenantId tenant, Instant before, int limit);

    /** How many measurements of the tenant await their roll-up, and how many a new judgement. */
    Backlog backlog(TenantId tenant);

    /** Work an interrupted or running call left on the raw measurements. */
    record Backlog(long pendingRollups, long awaitingJudgement) {}

    /**
     * The tenants with measurements awaiting a judgement or a roll-up: a system query of the repair, which then
     * works tenant by tenant.
     */
    Set<TenantId> tenantsWithUnfinishedWork();

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
            Judgement judgement) {
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

        /** Its value of {@code dimension}, in stored form; empty when it has none (no segment, unpromised). */
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
