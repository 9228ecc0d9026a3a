package com.gaplens.adapters.graphql.catalogue;

import static com.gaplens.adapters.graphql.support.Inputs.description;
import static com.gaplens.adapters.graphql.support.Inputs.expectedVersion;
import static com.gaplens.adapters.graphql.support.Inputs.name;
import static com.gaplens.adapters.graphql.support.Inputs.under;

import com.gaplens.adapters.graphql.catalogue.Views.SegmentView;
import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.application.listing.NameOrder;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentFilter;
import com.gaplens.application.port.in.ArchiveSegmentUseCase;
import com.gaplens.application.port.in.ArchiveSegmentUseCase.ArchiveSegmentCommand;
import com.gaplens.application.port.in.DefineSegmentUseCase;
import com.gaplens.application.port.in.DefineSegmentUseCase.DefineSegmentCommand;
import com.gaplens.application.port.in.ListSegmentsUseCase;
import com.gaplens.application.port.in.ListSegmentsUseCase.ListSegmentsQuery;
import com.gaplens.application.port.in.UpdateSegmentUseCase;
import com.gaplens.application.port.in.UpdateSegmentUseCase.UpdateSegmentCommand;
import com.gaplens.domain.segment.SegmentKind;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Customer segments: profiles and usage situations of a brand. */
@Controller
class SegmentController {

    record SegmentFilterInput(String brand, SegmentKind kind, LifecycleStatus status) {}

    record DefineSegmentInput(String brandId, SegmentKind kind, String name, String description) {}

    record UpdateSegmentInput(
            String segmentId, Long expectedVersion, SegmentKind kind, String name, String description) {}

    record ArchiveSegmentInput(String segmentId, Long expectedVersion) {}

    private final ListSegmentsUseCase list;
    private final DefineSegmentUseCase define;
    private final UpdateSegmentUseCase update;
    private final ArchiveSegmentUseCase archive;

    SegmentController(
            ListSegmentsUseCase list,
            DefineSegmentUseCase define,
            UpdateSegmentUseCase update,
            ArchiveSegmentUseCase archive) {
        this.list = list;
        this.define = define;
        this.update = update;
        this.archive = archive;
    }

    @QueryMapping
    Page<SegmentView> segments(
            @Argument Integer first,
            @Argument String after,
            @Argument SegmentFilterInput filter,
            @Argument NameOrder orderBy) {
        TenantId tenant = CurrentCaller.get().tenant();
        PageRequest page = PageRequest.of(Optional.ofNullable(first), Optional.ofNullable(after));
        Optional<SegmentFilterInput> given = Optional.ofNullable(filter);
        SegmentFilter segmentFilter = new SegmentFilter(
                given.map(SegmentFilterInput::brand).map(id -> GlobalIds.brand(id, "filter.brand")),
                given.map(SegmentFilterInput::kind),
                given.map(SegmentFilterInput::status),
                orderBy == null ? NameOrder.NAME_ASCENDING : orderBy);
        return list.listSegments(new ListSegmentsQuery(tenant, segmentFilter, page))
                .map(SegmentView::of);
    }

    @MutationMapping
    SegmentView defineSegment(@Argument DefineSegmentInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> SegmentView.of(define.defineSegment(new DefineSegmentCommand(
                        tenant,
                        GlobalIds.brand(input.brandId(), "brandId"),
                        input.kind(),
                        name(input.name()),
                        description(input.description())))));
    }

    @MutationMapping
    SegmentView updateSegment(@Argument UpdateSegmentInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> SegmentView.of(update.updateSegment(new UpdateSegmentCommand(
                        tenant,
                        GlobalIds.segment(input.segmentId(), "segmentId"),
                        expectedVersion(input.expectedVersion()),
                        input.kind(),
                        name(input.name()),
                        description(input.description())))));
    }

    @MutationMapping
    SegmentView archiveSegment(@Argument ArchiveSegmentInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> SegmentView.of(archive.archiveSegment(new ArchiveSegmentCommand(
                        tenant,
                        GlobalIds.segment(input.segmentId(), "segmentId"),
                        expectedVersion(input.expectedVersion())))));
    }
}
