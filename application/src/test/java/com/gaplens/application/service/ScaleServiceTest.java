package com.gaplens.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.application.port.in.ArchiveScaleUseCase.ArchiveScaleCommand;
import com.gaplens.application.port.in.DefineScaleUseCase.DefineScaleCommand;
import com.gaplens.application.port.in.ListScalesUseCase.AvailableScale;
import com.gaplens.application.port.in.ListScalesUseCase.ListScalesQuery;
import com.gaplens.application.port.out.fake.InMemoryScaleRepository;
import com.gaplens.domain.scale.Direction;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScaleServiceTest {

    private static final TenantId ACME = new TenantId("acme");
    private final ScaleService scales = new ScaleService(new InMemoryScaleRepository());

    private DefineScaleCommand waitMinutes() {
        return new DefineScaleCommand(
                ACME,
                new ScaleCode("WAIT_MINUTES"),
                "Minutes waited",
                0,
                60,
                Direction.LOWER_IS_BETTER,
                false,
                OptionalDouble.empty());
    }

    @Test
    void aTenantSeesTheEightStandardScalesThenItsOwn() {
        scales.defineScale(waitMinutes());

        var listed = scales.listScales(new ListScalesQuery(ACME, false));

        assertThat(listed).hasSize(9);
        assertThat(listed.subList(0, 8)).allMatch(AvailableScale::standard);
        assertThat(listed.get(8).code()).isEqualTo(new ScaleCode("WAIT_MINUTES"));
        assertThat(listed.get(8).version()).contains(Version.of(1));
        assertThat(scales.listScales(new ListScalesQuery(new TenantId("other"), false)))
                .hasSize(8);
    }

    @Test
    void anArchivedScaleIsListedOnlyWhenAskedButStillFoundForRecordedMeasurements() {
        scales.defineScale(waitMinutes());
        scales.archiveScale(new ArchiveScaleCommand(ACME, new ScaleCode("WAIT_MINUTES"), Version.of(1)));

        assertThat(scales.listScales(new ListScalesQuery(ACME, false))).hasSize(8);
        assertThat(scales.listScales(new ListScalesQuery(ACME, true)).get(8).status())
                .isEqualTo(LifecycleStatus.ARCHIVED);
        assertThat(scales.findScale(ACME, new ScaleCode("WAIT_MINUTES"))
                        .orElseThrow()
                        .status())
                .isEqualTo(LifecycleStatus.ARCHIVED);
    }

    @Test
    void aStandardCodeCannotBeRedefinedNorArchived() {
        DefineScaleCommand nps = new DefineScaleCommand(
                ACME, new ScaleCode("NPS"), "My NPS", 0, 10, Direction.HIGHER_IS_BETTER, false, OptionalDouble.empty());

        assertThatThrownBy(() -> scales.defineScale(nps))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.reason()).isEqualTo("SCALE_CODE_RESERVED"));
        assertThatThrownBy(
                        () -> scales.archiveScale(new ArchiveScaleCommand(ACME, new ScaleCode("NPS"), Version.of(1))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStandardScaleIsFoundByItsCodeForEveryTenant() {
        assertThat(scales.findScale(ACME, new ScaleCode("CES_7"))
                        .orElseThrow()
                        .scale()
                        .direction())
                .isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(scales.findScale(ACME, new ScaleCode("UNKNOWN_SCALE"))).isEmpty();
    }

    @Test
    void anInvertedRangeIsRefusedOnMax() {
        DefineScaleCommand inverted = new DefineScaleCommand(
                ACME,
                new ScaleCode("BACKWARDS"),
                "Backwards",
                10,
                0,
                Direction.HIGHER_IS_BETTER,
                false,
                OptionalDouble.empty());

        assertThatThrownBy(() -> scales.defineScale(inverted))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.reason()).isEqualTo("SCALE_RANGE_INVALID");
                    assertThat(e.field()).contains("max");
                });
    }
}
