package com.gaplens.application.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.measurement.NormalisedReading;
import com.gaplens.domain.measurement.Reading;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a change brings to each cell: its measurements' sums, cell by cell, each measurement in one cell per level. */
class CellDeltasTest {

    private static final int MONTH_LEVELS = RollupLevel.values().length - 1;

    @Test
    void measurementsOfOneUtcDayShareTheirDayCellAndTheNextDayHasADayCellOfItsOwn() {
        Map<CellAddress, CellSums> deltas = new CellDeltas()
                .enter(measurement("tp-1", "2026-03-14T00:00:00Z"))
                .enter(measurement("tp-1", "2026-03-14T23:59:59.999Z"))
                .enter(measurement("tp-1", "2026-03-15T00:00:00Z"))
                .deltas();

        assertThat(deltas).hasSize(2 + MONTH_LEVELS);
        deltas.forEach((address, sums) -> assertThat(sums.measurements())
                .as(address.toString())
                .isEqualTo(
                        address.level() != RollupLevel.DAY ? 3 : address.time().equals("2026-03-14") ? 2 : 1));
    }

    @Test
    void measurementsOfTwoTouchpointsOnOneDayMeetOnlyInTheCellsThatKeepNoTouchpoint() {
        Map<CellAddress, CellSums> deltas = new CellDeltas()
                .enter(measurement("tp-1", "2026-03-14T08:00:00Z"))
                .enter(measurement("tp-2", "2026-03-14T09:00:00Z"))
                .enter(measurement("tp-1", "2026-03-14T10:00:00Z"))
                .deltas();

        deltas.forEach((address, sums) -> {
            boolean keepsTouchpoint = address.level().kept().contains(GapDimension.TOUCHPOINT);
            long expected = !keepsTouchpoint
                    ? 3
                    : address.key(GapDimension.TOUCHPOINT).orElseThrow().equals("tp-1") ? 2 : 1;
            assertThat(sums.measurements()).as(address.toString()).isEqualTo(expected);
        });
        long touchpointLevels = Arrays.stream(RollupLevel.values())
                .filter(level -> level.kept().contains(GapDimension.TOUCHPOINT))
                .count();
        assertThat(deltas).hasSize((int) (RollupLevel.values().length + touchpointLevels));
    }

    @Test
    void aMeasurementThatLeavesTheCellsItEntersBringsNothing() {
        RecordedMeasurement measurement = measurement("tp-1", "2026-03-14T08:00:00Z");

        assertThat(new CellDeltas().enter(measurement).leave(measurement).isEmpty())
                .isTrue();
    }

    private static RecordedMeasurement measurement(String touchpoint, String observedAt) {
        return new RecordedMeasurement(
                new Measurement(
                        new TenantId("t-1"),
                        new ExternalId("m-" + touchpoint + observedAt),
                        new BrandId("b-1"),
                        new TouchpointId(touchpoint),
                        ExperienceVariable.ACCESS_EASY,
                        Optional.empty(),
                        MeasurementMethod.OBSERVATION,
                        new ScaleCode("PERCENT"),
                        new Reading.Single(100),
                        Instant.parse(observedAt),
                        Optional.empty(),
                        Optional.empty(),
                        Audience.CUSTOMER),
                new NormalisedReading(1, 100, 0),
                JourneyPhase.PURCHASE,
                Channel.STORE,
                Instant.parse("2026-03-16T00:00:00Z"),
                Judgement.UNPROMISED);
    }
}
