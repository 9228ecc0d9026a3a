package com.gaplens.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementFields;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementItem;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.RecordMeasurementsCommand;
import com.gaplens.application.port.out.fake.InMemoryMeasurementRepository;
import com.gaplens.application.port.out.fake.InMemoryRollups;
import com.gaplens.application.port.out.fake.InMemoryScaleRepository;
import com.gaplens.application.service.CatalogueHarness;
import com.gaplens.application.service.IngestionLimits;
import com.gaplens.application.service.MeasurementIngestionService;
import com.gaplens.application.service.ScaleService;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MeteredRecordMeasurementsTest {

    private static final TenantId TENANT = new TenantId("acme");

    private final CatalogueHarness catalogue = new CatalogueHarness();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final InMemoryMeasurementRepository measurements = new InMemoryMeasurementRepository();
    private final MeteredRecordMeasurements metered = new MeteredRecordMeasurements(
            new MeasurementIngestionService(
                    measurements,
                    catalogue.brandRepository,
                    catalogue.touchpointRepository,
                    catalogue.segmentRepository,
                    new ScaleService(new InMemoryScaleRepository()),
                    catalogue.targetRepository,
                    catalogue.variantRepository,
                    new InMemoryRollups(measurements, catalogue.clock).writer,
                    catalogue.clock,
                    new IngestionLimits(3, Duration.ofMinutes(5))),
            registry);
    private final Brand brand = catalogue.brand(TENANT, "Maison Lumen");
    private final Touchpoint checkout =
            catalogue.touchpoint(TENANT, brand.id(), "Checkout", JourneyPhase.PURCHASE, Channel.STORE);

    /** A CSAT_5 answer of {@code value}. */
    private MeasurementFields item(String externalId, double value) {
        return new MeasurementFields(
                externalId,
                brand.id(),
                checkout.id(),
                ExperienceVariable.ACCESS_EASY,
                Optional.empty(),
                MeasurementMethod.BAROMETER,
                "CSAT_5",
                value,
                OptionalInt.empty(),
                OptionalDouble.empty(),
                CatalogueHarness.NOW.minus(Duration.ofDays(1)),
                Optional.empty(),
                Optional.empty(),
                Audience.CUSTOMER);
    }

    private double recorded(String outcome) {
        return registry.get(MeteredRecordMeasurements.RECORDED)
                .tag("outcome", outcome)
                .counter()
                .count();
    }

    private void record(MeasurementItem... items) {
        metered.recordMeasurements(new RecordMeasurementsCommand(TENANT, List.of(items)));
    }

    @Test
    void countsEveryItemByOutcomeAndEveryRejectionByReason() {
        record(item("a", 4), item("b", 9), item("c", 3));
        record(item("a", 4), item("c", 5));

        assertThat(recorded("accepted")).isEqualTo(2);
        assertThat(recorded("rejected")).isEqualTo(1);
        assertThat(recorded("duplicate")).isEqualTo(1);
        assertThat(recorded("conflict")).isEqualTo(1);
        assertThat(registry.get(MeteredRecordMeasurements.REJECTIONS)
                        .tag("reason", "VALUE_OUT_OF_SCALE")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get(MeteredRecordMeasurements.BATCHES)
                        .tag("exception", "none")
                        .timer()
                        .count())
                .isEqualTo(2);
    }

    @Test
    void aBatchRefusedWholeCountsNoItemAndTimesTheFailure() {
        assertThatThrownBy(() -> record(item("a", 4), item("b", 4), item("c", 4), item("d", 4)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(recorded("accepted")).isZero();
        assertThat(recorded("rejected")).isZero();
        assertThat(registry.get(MeteredRecordMeasurements.BATCHES)
                        .tag("exception", "InvalidInputException")
                        .timer()
                        .count())
                .isEqualTo(1);
    }
}
