package com.gaplens.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.MonthCellFeed;
import com.gaplens.application.port.out.MonthCellFeed.Backlog;
import com.gaplens.application.port.out.MonthCellFeed.ChangedMonthCell;
import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.gap.Contribution;
import com.gaplens.domain.gap.EmotionTally;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.EmotionReading;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MonthCellFeed} does, whatever keeps the roll-ups: the month cells that writes changed are
 * offered with their keys, statistics and a version, until marked published at that version; tenants never see each
 * other's. Extend it with the feed of the implementation and the two writes that change month cells: recording
 * measurements and judging recorded ones anew (as an acknowledged call leaves them: rolled up).
 */
public abstract class MonthCellFeedContract {

    protected final TenantId tenantA = new TenantId("t-" + UUID.randomUUID());
    protected final TenantId tenantB = new TenantId("t-" + UUID.randomUUID());

    private MonthCellFeed feed;

    /** The feed to test; may hold data of other tests (of other tenants). */
    protected abstract MonthCellFeed feed();

    /** Records these new measurements of {@code tenant} and rolls them up. */
    protected abstract void record(TenantId tenant, List<RecordedMeasurement> measurements);

    /** Stores new judgements of recorded measurements of {@code tenant} and rolls them up (they move cells). */
    protected abstract void rejudge(TenantId tenant, Map<ExternalId, Judgement> judgements);

    /** Now, on the clock the feed stamps its changes with. */
    protected abstract Instant now();

    /** Lets that clock move on, so that two writes are at two instants. */
    protected abstract void letTimePass();

    @BeforeEach
    void aFeed() {
        feed = feed();
    }

    @Test
    void aTenantWithoutWritesHasNoChangedCellAndAnEmptyBacklog() {
        assertThat(feed.changedMonthCells(tenantA, 10)).isEmpty();
        assertThat(feed.backlog(tenantA)).isEqualTo(new Backlog(0, Optional.empty()));
        assertThat(feed.tenantsWithChangedMonthCells()).doesNotContain(tenantA);
    }

    @Test
    void recordedMeasurementsChangeTheirMonthCellWithEveryKeyAndTheirMergedStatistics() {
        RecordedMeasurement one = MonthCells.promised(tenantA, "m-1", "2026-11-03T10:00:00Z", 1, 80, 0);
        RecordedMeasurement two = MonthCells.promised(tenantA, "m-2", "2026-11-28T23:59:59Z", 40, 55, 12.5);
        RecordedMeasurement withEmotion = MonthCells.withEmotion(
                MonthCells.promised(tenantA, "m-3", "2026-11-15T08:00:00Z", 3, 90, 5),
                new EmotionReading(Emotion.JOY, 0.5));

        record(tenantA, List.of(one, two, withEmotion));

        List<ChangedMonthCell> changed = feed.changedMonthCells(tenantA, 10);
        assertThat(changed).hasSize(1);
        ChangedMonthCell cell = changed.getFirst();
        assertThat(cell.audience()).isEqualTo(Audience.CUSTOMER);
        assertThat(cell.cell().bucket()).contains("2026-11");
        assertThat(cell.cell().keys()).isEqualTo(MonthCells.keysOf(one));
        assertThat(cell.cell().keys()).containsOnlyKeys(GapDimension.values());
        CellStatistics expected = CellStatistics.of(
                Contribution.promised(one.normalised(), one.measurement().method(), MonthCells.TARGET),
                Contribution.promised(two.normalised(), two.measurement().method(), MonthCells.TARGET),
                Contribution.promised(
                        withEmotion.normalised(), withEmotion.measurement().method(), MonthCells.TARGET));
        assertThat(cell.cell().statistics().promised().count()).isEqualTo(3);
        assertThat(cell.cell().statistics().weight()).isEqualTo(44);
        assertThat(cell.cell().statistics().targetSum()).isEqualTo(44 * 70.0);
        assertClose(cell.cell().statistics(), expected);
        assertThat(cell.cell().emotions().measurements()).isEqualTo(3);
        assertThat(cell.cell().emotions().byEmotion()).containsOnlyKeys(Emotion.JOY);
        assertThat(cell.cell().emotions().byEmotion().get(Emotion.JOY)).isEqualTo(new EmotionTally.Sums(1, 0.5));
    }

    @Test
    void eachMonthAudienceAndKeyIsACellOfItsOwnWithoutKeysForWhatAMeasurementLacks() {
        record(
                tenantA,
                List.of(
                        MonthCells.promised(tenantA, "m-1", "2026-10-31T23:59:59Z", 1, 80, 0),
                        MonthCells.promised(tenantA, "m-2", "2026-11-01T00:00:00Z", 1, 80, 0),
                        MonthCells.unpromised(tenantA, "m-3", "2026-11-02T00:00:00Z"),
                        MonthCells.employee(tenantA, "m-4", "2026-11-02T00:00:00Z")));

        List<ChangedMonthCell> changed = feed.changedMonthCells(tenantA, 10);

        assertThat(changed).hasSize(4);
        assertThat(changed.stream().map(ChangedMonthCell::id).distinct()).hasSize(4);
        assertThat(changed.stream().map(c -> c.cell().bucket().orElseThrow()))
                .containsExactlyInAnyOrder("2026-10", "2026-11", "2026-11", "2026-11");
        ChangedMonthCell unpromised = only(
                changed,
                c -> c.audience() == Audience.CUSTOMER
                        && c.cell().statistics().unpromised().count() == 1);
        assertThat(unpromised.cell().keys())
                .doesNotContainKeys(GapDimension.COMMITMENT, GapDimension.BRAND_VALUE, GapDimension.SEGMENT)
                .containsEntry(GapDimension.METHOD, "SOCIAL");
        ChangedMonthCell employee = only(changed, c -> c.audience() == Audience.EMPLOYEE);
        assertThat(employee.cell().statistics().count()).isEqualTo(1);
    }

    @Test
    void aCellChangedAgainKeepsItsIdWithAHigherVersionAndItsNewStatistics() {
        record(tenantA, List.of(MonthCells.promised(tenantA, "m-1", "2026-11-03T10:00:00Z", 1, 80, 0)));
        ChangedMonthCell first = feed.changedMonthCells(tenantA, 10).getFirst();
        feed.markPublished(tenantA, List.of(first));

        record(tenantA, List.of(MonthCells.promised(tenantA, "m-2", "2026-11-04T10:00:00Z", 1, 60, 0)));

        ChangedMonthCell second = feed.changedMonthCells(tenantA, 10).getFirst();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(second.cell().statistics().count()).isEqualTo(2);
        assertThat(second.cell().statistics().promised().sum()).isEqualTo(140.0);
    }

    @Test
    void markingACellPublishedAtTheVersionReadClearsItsChange() {
        record(tenantA, List.of(MonthCells.promised(tenantA, "m-1", "2026-11-03T10:00:00Z", 1, 80, 0)));

        feed.markPublished(tenantA, feed.changedMonthCells(tenantA, 10));

        assertThat(feed.changedMonthCells(tenantA, 10)).isEmpty();
        assertThat(feed.backlog(tenantA)).isEqualTo(new Backlog(0, Optional.empty()));
        assertThat(feed.tenantsWithChangedMonthCells()).doesNotContain(tenantA);
    }

    @Test
    void aCellChangedAfterItWasReadStaysChangedWhenMarkedAtTheOlderVersion() {
        record(tenantA, List.of(MonthCells.promised(tenantA, "m-1", "2026-11-03T10:00:00Z", 1, 80, 0)));
        List<ChangedMonthCell> read = feed.changedMonthCells(tenantA, 10);
        letTimePass();
        record(tenantA, List.of(MonthCells.promised(tenantA, "m-2", "2026-11-04T10:00:00Z", 1, 60, 0)));

        feed.markPublished(tenantA, read);

        List<ChangedMonthCell> still = feed.changedMonthCells(tenantA, 10);
        assertThat(still).hasSize(1);
        assertThat(still.getFirst().version()).isGreaterThan(read.getFirst().version());
        assertThat(still.getFirst().cell().statistics().count()).isEqualTo(2);
        assertThat(feed.backlog(tenantA).changedCells()).isEqualTo(1);
    }

    @Test
    void markingPublishedIsIdempotentAndAnOlderMarkNeverClearsANewerChange() {
        record(tenantA, List.of(MonthCells.promised(tenantA, "m-1", "2026-11-03T10:00:00Z", 1, 80, 0)));
        List<ChangedMonthCell> older = feed.changedMonthCells(tenantA, 10);
        feed.markPublished(tenantA, older);
        feed.markPublished(tenantA, older);
        assertThat(feed.changedMonthCells(tenantA, 10)).isEmpty();

        record(tenantA, List.of(MonthCells.promised(tenantA, "m-2", "2026-11-04T10:00:00Z", 1, 60, 0)));
        feed.markPublished(tenantA, older);

        assertThat(feed.changedMonthCells(tenantA, 10)).hasSize(1);
    }

    @Test
    void aLimitOffersSomeCellsAndMarkingThemOffersTheOthersUntilEveryCellWasOfferedOnce() {
        List<RecordedMeasurement> measurements = new ArrayList<>();
        for (int month = 1; month <= 7; month++) {
            measurements.add(MonthCells.promised(
                    tenantA, "m-" + month, String.format("2026-%02d-10T10:00:00Z", month), month, 50 + month, 1));
        }
        record(tenantA, measurements);

        Set<String> offered = new HashSet<>();
        for (int round = 0; round < 7; round++) {
            List<ChangedMonthCell> batch = feed.changedMonthCells(tenantA, 3);
            if (batch.isEmpty()) {
                break;
            }
            assertThat(batch.size()).isLessThanOrEqualTo(3);
            batch.forEach(c -> assertThat(offered.add(c.id()))
                    .as("offered once: %s", c.id())
                    .isTrue());
            feed.markPublished(tenantA, batch);
        }

        assertThat(offered).hasSize(7);
        assertThat(feed.backlog(tenantA).changedCells()).isZero();
    }

    @Test
    void tenantsNeverSeeNorClearEachOthersCells() {
        record(tenantA, List.of(MonthCells.promised(tenantA, "m-1", "2026-11-03T10:00:00Z", 1, 80, 0)));
        record(tenantB, List.of(MonthCells.promised(tenantB, "m-1", "2026-11-03T10:00:00Z", 1, 20, 0)));
        List<ChangedMonthCell> ofA = feed.changedMonthCells(tenantA, 10);
        List<ChangedMonthCell> ofB = feed.changedMonthCells(tenantB, 10);
        assertThat(ofA).hasSize(1);
        assertThat(ofA.getFirst().cell().statistics().promised().sum()).isEqualTo(80.0);
        assertThat(ofB).hasSize(1);
        assertThat(ofB.getFirst().cell().statistics().promised().sum()).isEqualTo(20.0);
        assertThat(feed.tenantsWithChangedMonthCells()).contains(tenantA, tenantB);

        feed.markPublished(tenantB, ofA);
        assertThat(feed.changedMonthCells(tenantA, 10)).hasSize(1);

        feed.markPublished(tenantB, ofB);
        assertThat(feed.changedMonthCells(tenantA, 10)).hasSize(1);
        assertThat(feed.changedMonthCells(tenantB, 10)).isEmpty();
        assertThat(feed.tenantsWithChangedMonthCells()).contains(tenantA).doesNotContain(tenantB);
        assertThat(feed.backlog(tenantB).changedCells()).isZero();
    }

    @Test
    void theBacklogCountsChangedCellsAndDatesTheOldestFirstChangeSinceLastPublished() {
        Instant before = now();
        record(tenantA, List.of(MonthCells.promised(tenantA, "m-1", "2026-10-03T10:00:00Z", 1, 80, 0)));
        Instant afterFirst = now();
        letTimePass();
        Instant beforeSecond = now();
        record(tenantA, List.of(MonthCells.promised(tenantA, "m-2", "2026-11-03T10:00:00Z", 1, 80, 0)));
        Instant afterSecond = now();
        letTimePass();
        record(tenantA, List.of(MonthCells.promised(tenantA, "m-3", "2026-10-04T10:00:00Z", 1, 40, 0)));

        Backlog both = feed.backlog(tenantA);
        assertThat(both.changedCells()).isEqualTo(2);
        assertThat(both.oldestChange().orElseThrow()).isBetween(before, afterFirst);

        ChangedMonthCell october = only(
                feed.changedMonthCells(tenantA, 10),
                c -> c.cell().bucket().orElseThrow().equals("2026-10"));
        feed.markPublished(tenantA, List.of(october));

        Backlog one = feed.backlog(tenantA);
        assertThat(one.changedCells()).isEqualTo(1);
        assertThat(one.oldestChange().orElseThrow()).isBetween(beforeSecond, afterSecond);
    }

    @Test
    void aMeasurementJudgedAnewLeavesItsCellEmptyButOfferedAndJoinsItsNewCell() {
        RecordedMeasurement promised = MonthCells.promised(tenantA, "m-1", "2026-11-03T10:00:00Z", 5, 80, 3);
        record(tenantA, List.of(promised));
        ChangedMonthCell before = feed.changedMonthCells(tenantA, 10).getFirst();
        feed.markPublished(tenantA, List.of(before));

        rejudge(tenantA, Map.of(promised.externalId(), Judgement.UNPROMISED));

        Map<String, ChangedMonthCell> changed =
                feed.changedMonthCells(tenantA, 10).stream().collect(Collectors.toMap(ChangedMonthCell::id, c -> c));
        assertThat(changed).hasSize(2);
        ChangedMonthCell left = changed.get(before.id());
        assertThat(left.version()).isGreaterThan(before.version());
        assertThat(left.cell().keys()).isEqualTo(before.cell().keys());
        assertThat(left.cell().statistics().isEmpty()).isTrue();
        ChangedMonthCell joined = changed.values().stream()
                .filter(c -> !c.id().equals(before.id()))
                .findFirst()
                .orElseThrow();
        assertThat(joined.cell().keys()).doesNotContainKeys(GapDimension.COMMITMENT, GapDimension.BRAND_VALUE);
        assertThat(joined.cell().statistics().unpromised().count()).isEqualTo(1);
        assertThat(joined.cell().statistics().unpromised().weight()).isEqualTo(5);
        assertThat(joined.cell().statistics().unpromised().sum()).isEqualTo(400.0);
    }

    private static ChangedMonthCell only(
            List<ChangedMonthCell> cells, java.util.function.Predicate<ChangedMonthCell> kept) {
        List<ChangedMonthCell> found = cells.stream().filter(kept).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    /** Equal sums to floating-point summation order (1e-12 relative), equal counts, weights and methods. */
    private static void assertClose(CellStatistics actual, CellStatistics expected) {
        assertThat(actual.promised().count()).isEqualTo(expected.promised().count());
        assertThat(actual.promised().weight()).isEqualTo(expected.promised().weight());
        assertThat(actual.promised().methods()).isEqualTo(expected.promised().methods());
        assertThat(actual.unpromised().count()).isEqualTo(expected.unpromised().count());
        assertThat(actual.unpromised().weight()).isEqualTo(expected.unpromised().weight());
        assertThat(actual.promised().sum())
                .isCloseTo(expected.promised().sum(), org.assertj.core.data.Percentage.withPercentage(1e-10));
        assertThat(actual.promised().sumOfSquares())
                .isCloseTo(expected.promised().sumOfSquares(), org.assertj.core.data.Percentage.withPercentage(1e-10));
        assertThat(actual.targetSum())
                .isCloseTo(expected.targetSum(), org.assertj.core.data.Percentage.withPercentage(1e-10));
    }
}
