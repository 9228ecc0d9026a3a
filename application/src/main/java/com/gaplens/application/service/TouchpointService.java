package com.gaplens.application.service;

import static com.gaplens.application.service.Lookups.atVersion;
import static com.gaplens.application.service.Lookups.found;

import com.gaplens.application.listing.Page;
import com.gaplens.application.port.in.ArchiveTouchpointUseCase;
import com.gaplens.application.port.in.DefineTouchpointUseCase;
import com.gaplens.application.port.in.GetTouchpointUseCase;
import com.gaplens.application.port.in.ListTouchpointsUseCase;
import com.gaplens.application.port.in.UpdateTouchpointUseCase;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.IdGenerator;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.Optional;

/** Touchpoints of brands. */
public final class TouchpointService
        implements DefineTouchpointUseCase,
                UpdateTouchpointUseCase,
                ArchiveTouchpointUseCase,
                GetTouchpointUseCase,
                ListTouchpointsUseCase {

    static final String NOT_FOUND = "TOUCHPOINT_NOT_FOUND";

    private final TouchpointRepository touchpoints;
    private final BrandRepository brands;
    private final IdGenerator ids;

    public TouchpointService(TouchpointRepository touchpoints, BrandRepository brands, IdGenerator ids) {
        this.touchpoints = Require.present(touchpoints, "touchpoints");
        this.brands = Require.present(brands, "brands");
        this.ids = Require.present(ids, "ids");
    }

    @Override
    public Touchpoint defineTouchpoint(DefineTouchpointCommand command) {
        Brand brand = found(
                brands.find(command.tenant(), command.brandId()), BrandService.NOT_FOUND, "brandId", command.brandId());
        brand.requireUsable("brandId");
        Touchpoint touchpoint = Touchpoint.create(
                command.tenant(),
                new TouchpointId(ids.newId()),
                brand.id(),
                command.name(),
                command.phase(),
                command.channel(),
                command.description());
        return touchpoints.save(command.tenant(), touchpoint);
    }

    @Override
    public Touchpoint updateTouchpoint(UpdateTouchpointCommand command) {
        Touchpoint touchpoint = existing(command.tenant(), command.touchpointId(), command.expectedVersion());
        touchpoint.rename(command.name());
        touchpoint.describe(command.description());
        touchpoint.relocate(command.phase(), command.channel());
        return touchpoints.save(command.tenant(), touchpoint);
    }

    @Override
    public Touchpoint archiveTouchpoint(ArchiveTouchpointCommand command) {
        Touchpoint touchpoint = existing(command.tenant(), command.touchpointId(), command.expectedVersion());
        touchpoint.archive();
        return touchpoints.save(command.tenant(), touchpoint);
    }

    @Override
    public Optional<Touchpoint> getTouchpoint(GetTouchpointQuery query) {
        return touchpoints.find(query.tenant(), query.touchpointId());
    }

    @Override
    public Page<Touchpoint> listTouchpoints(ListTouchpointsQuery query) {
        return touchpoints.list(query.tenant(), query.filter(), query.page());
    }

    private Touchpoint existing(TenantId tenant, TouchpointId id, Version expected) {
        Touchpoint touchpoint = found(touchpoints.find(tenant, id), NOT_FOUND, "touchpointId", id);
        return atVersion(touchpoint, touchpoint.version(), expected);
    }
}
