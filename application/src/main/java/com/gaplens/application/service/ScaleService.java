package com.gaplens.application.service;

import com.gaplens.application.port.in.ArchiveScaleUseCase;
import com.gaplens.application.port.in.DefineScaleUseCase;
import com.gaplens.application.port.in.ListScalesUseCase;
import com.gaplens.application.port.out.ScaleRepository;
import com.gaplens.domain.scale.Scale;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.scale.StandardScales;
import com.gaplens.domain.scale.TenantScale;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The scales of a tenant: the standard ones, which need no storing, and its own. */
public final class ScaleService implements DefineScaleUseCase, ArchiveScaleUseCase, ListScalesUseCase {

    static final String NOT_FOUND = "SCALE_NOT_FOUND";

    private final ScaleRepository scales;

    public ScaleService(ScaleRepository scales) {
        this.scales = Require.present(scales, "scales");
    }

    @Override
    public TenantScale defineScale(DefineScaleCommand command) {
        Scale scale = Scale.define(
                command.code(),
                command.name(),
                command.min(),
                command.max(),
                command.direction(),
                command.share(),
                command.defaultDispersion());
        return scales.save(command.tenant(), TenantScale.create(command.tenant(), scale));
    }

    @Override
    public TenantScale archiveScale(ArchiveScaleCommand command) {
        TenantScale scale = scales.find(command.tenant(), command.code()).orElseThrow(() -> notFound(command.code()));
        scale.version().ensureMatches(command.expectedVersion());
        scale.archive();
        return scales.save(command.tenant(), scale);
    }

    @Override
    public List<AvailableScale> listScales(ListScalesQuery query) {
        List<AvailableScale> all = new ArrayList<>();
        StandardScales.all().forEach(scale -> all.add(standard(scale)));
        scales.findAll(query.tenant()).stream()
                .filter(scale -> query.includeArchived() || scale.isActive())
                .map(ScaleService::own)
                .forEach(all::add);
        return all;
    }

    @Override
    public Optional<AvailableScale> findScale(TenantId tenant, ScaleCode code) {
        return StandardScales.byCode(code)
                .map(ScaleService::standard)
                .or(() -> scales.find(tenant, code).map(ScaleService::own));
    }

    private static AvailableScale standard(Scale scale) {
        return new AvailableScale(scale, true, LifecycleStatus.ACTIVE, Optional.empty());
    }

    private static AvailableScale own(TenantScale scale) {
        return new AvailableScale(scale.scale(), false, scale.status(), Optional.of(scale.version()));
    }

    private static NotFoundException notFound(ScaleCode code) {
        return StandardScales.isStandard(code)
                ? new NotFoundException(NOT_FOUND, "scaleCode", "standard scale " + code + " cannot be archived")
                : new NotFoundException(NOT_FOUND, "scaleCode", "no scale " + code);
    }
}
