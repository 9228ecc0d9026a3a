package com.gaplens.adapters.graphql.catalogue;

import static com.gaplens.adapters.graphql.support.Inputs.description;
import static com.gaplens.adapters.graphql.support.Inputs.expectedVersion;
import static com.gaplens.adapters.graphql.support.Inputs.name;
import static com.gaplens.adapters.graphql.support.Inputs.under;

import com.gaplens.adapters.graphql.catalogue.Views.TouchpointView;
import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.application.listing.NameOrder;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.TouchpointFilter;
import com.gaplens.application.port.in.ArchiveTouchpointUseCase;
import com.gaplens.application.port.in.ArchiveTouchpointUseCase.ArchiveTouchpointCommand;
import com.gaplens.application.port.in.DefineTouchpointUseCase;
import com.gaplens.application.port.in.DefineTouchpointUseCase.DefineTouchpointCommand;
import com.gaplens.application.port.in.ListTouchpointsUseCase;
import com.gaplens.application.port.in.ListTouchpointsUseCase.ListTouchpointsQuery;
import com.gaplens.application.port.in.UpdateTouchpointUseCase;
import com.gaplens.application.port.in.UpdateTouchpointUseCase.UpdateTouchpointCommand;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Touchpoints: where customers meet the brand, in a journey phase, on a channel. */
@Controller
class TouchpointController {

    record TouchpointFilterInput(String brand, JourneyPhase phase, Channel channel, LifecycleStatus status) {}

    record DefineTouchpointInput(
            String brandId, String name, JourneyPhase phase, Channel channel, String description) {}

    record UpdateTouchpointInput(
            String touchpointId,
            Long expectedVersion,
            String name,
            JourneyPhase phase,
            Channel channel,
            String description) {}

    record ArchiveTouchpointInput(String touchpointId, Long expectedVersion) {}

    private final ListTouchpointsUseCase list;
    private final DefineTouchpointUseCase define;
    private final UpdateTouchpointUseCase update;
    private final ArchiveTouchpointUseCase archive;

    TouchpointController(
            ListTouchpointsUseCase list,
            DefineTouchpointUseCase define,
            UpdateTouchpointUseCase update,
            ArchiveTouchpointUseCase archive) {
        this.list = list;
        this.define = define;
        this.update = update;
        this.archive = archive;
    }

    @QueryMapping
    Page<TouchpointView> touchpoints(
            @Argument Integer first,
            @Argument String after,
            @Argument TouchpointFilterInput filter,
            @Argument NameOrder orderBy) {
        TenantId tenant = CurrentCaller.get().tenant();
        PageRequest page = PageRequest.of(Optional.ofNullable(first), Optional.ofNullable(after));
        Optional<TouchpointFilterInput> given = Optional.ofNullable(filter);
        TouchpointFilter touchpointFilter = new TouchpointFilter(
                given.map(TouchpointFilterInput::brand).map(id -> GlobalIds.brand(id, "filter.brand")),
                given.map(TouchpointFilterInput::phase),
                given.map(TouchpointFilterInput::channel),
                given.map(TouchpointFilterInput::status),
                orderBy == null ? NameOrder.NAME_ASCENDING : orderBy);
        return list.listTouchpoints(new ListTouchpointsQuery(tenant, touchpointFilter, page))
                .map(TouchpointView::of);
    }

    @MutationMapping
    TouchpointView defineTouchpoint(@Argument DefineTouchpointInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> TouchpointView.of(define.defineTouchpoint(new DefineTouchpointCommand(
                        tenant,
                        GlobalIds.brand(input.brandId(), "brandId"),
                        name(input.name()),
                        input.phase(),
                        input.channel(),
                        description(input.description())))));
    }

    @MutationMapping
    TouchpointView updateTouchpoint(@Argument UpdateTouchpointInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> TouchpointView.of(update.updateTouchpoint(new UpdateTouchpointCommand(
                        tenant,
                        GlobalIds.touchpoint(input.touchpointId(), "touchpointId"),
                        expectedVersion(input.expectedVersion()),
                        name(input.name()),
                        input.phase(),
                        input.channel(),
                        description(input.description())))));
    }

    @MutationMapping
    TouchpointView archiveTouchpoint(@Argument ArchiveTouchpointInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> TouchpointView.of(archive.archiveTouchpoint(new ArchiveTouchpointCommand(
                        tenant,
                        GlobalIds.touchpoint(input.touchpointId(), "touchpointId"),
                        expectedVersion(input.expectedVersion())))));
    }
}
