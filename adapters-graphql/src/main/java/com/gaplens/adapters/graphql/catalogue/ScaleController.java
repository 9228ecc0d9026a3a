package com.gaplens.adapters.graphql.catalogue;

import static com.gaplens.adapters.graphql.support.Inputs.expectedVersion;
import static com.gaplens.adapters.graphql.support.Inputs.under;

import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.application.port.in.ArchiveScaleUseCase;
import com.gaplens.application.port.in.ArchiveScaleUseCase.ArchiveScaleCommand;
import com.gaplens.application.port.in.DefineScaleUseCase;
import com.gaplens.application.port.in.DefineScaleUseCase.DefineScaleCommand;
import com.gaplens.application.port.in.ListScalesUseCase;
import com.gaplens.application.port.in.ListScalesUseCase.AvailableScale;
import com.gaplens.application.port.in.ListScalesUseCase.ListScalesQuery;
import com.gaplens.domain.scale.Direction;
import com.gaplens.domain.scale.Scale;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.scale.TenantScale;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Measurement scales: the standard ones and the tenant's own. */
@Controller
class ScaleController {

    record ScaleView(
            String code,
            String name,
            double min,
            double max,
            Direction direction,
            boolean share,
            double defaultDispersion,
            boolean standard,
            LifecycleStatus status,
            Long version) {

        static ScaleView of(AvailableScale available) {
            return of(available.scale(), available.standard(), available.status(), available.version());
        }

        static ScaleView of(TenantScale own) {
            return of(own.scale(), false, own.status(), Optional.of(own.version()));
        }

        private static ScaleView of(Scale s, boolean standard, LifecycleStatus status, Optional<Version> version) {
            return new ScaleView(
                    s.code().value(),
                    s.name(),
                    s.min(),
                    s.max(),
                    s.direction(),
                    s.share(),
                    s.defaultDispersion(),
                    standard,
                    status,
                    version.map(Version::value).orElse(null));
        }
    }

    record DefineScaleInput(
            String scaleCode,
            String name,
            Double min,
            Double max,
            Direction direction,
            Boolean share,
            Double defaultDispersion) {}

    record ArchiveScaleInput(String scaleCode, Long expectedVersion) {}

    private final ListScalesUseCase list;
    private final DefineScaleUseCase define;
    private final ArchiveScaleUseCase archive;

    ScaleController(ListScalesUseCase list, DefineScaleUseCase define, ArchiveScaleUseCase archive) {
        this.list = list;
        this.define = define;
        this.archive = archive;
    }

    @QueryMapping
    List<ScaleView> scales(@Argument Boolean includeArchived) {
        TenantId tenant = CurrentCaller.get().tenant();
        return list.listScales(new ListScalesQuery(tenant, Boolean.TRUE.equals(includeArchived))).stream()
                .map(ScaleView::of)
                .toList();
    }

    @MutationMapping
    ScaleView defineScale(@Argument DefineScaleInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> ScaleView.of(define.defineScale(new DefineScaleCommand(
                        tenant,
                        new ScaleCode(input.scaleCode()),
                        input.name(),
                        Require.present(input.min(), "min"),
                        Require.present(input.max(), "max"),
                        input.direction(),
                        Boolean.TRUE.equals(input.share()),
                        input.defaultDispersion() == null
                                ? OptionalDouble.empty()
                                : OptionalDouble.of(input.defaultDispersion())))));
    }

    @MutationMapping
    ScaleView archiveScale(@Argument ArchiveScaleInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> ScaleView.of(archive.archiveScale(new ArchiveScaleCommand(
                        tenant, new ScaleCode(input.scaleCode()), expectedVersion(input.expectedVersion())))));
    }
}
