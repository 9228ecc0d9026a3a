package com.gaplens.adapters.graphql.catalogue;

import static com.gaplens.adapters.graphql.support.Inputs.expectedVersion;
import static com.gaplens.adapters.graphql.support.Inputs.instant;
import static com.gaplens.adapters.graphql.support.Inputs.under;

import com.gaplens.adapters.graphql.catalogue.CommitmentInputs.VariantAdjustmentsInput;
import com.gaplens.adapters.graphql.catalogue.Views.SegmentVariantView;
import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentVariantFilter;
import com.gaplens.application.port.in.DraftSegmentVariantUseCase;
import com.gaplens.application.port.in.DraftSegmentVariantUseCase.DraftSegmentVariantCommand;
import com.gaplens.application.port.in.ListSegmentVariantsUseCase;
import com.gaplens.application.port.in.ListSegmentVariantsUseCase.ListSegmentVariantsQuery;
import com.gaplens.application.port.in.PublishSegmentVariantUseCase;
import com.gaplens.application.port.in.PublishSegmentVariantUseCase.PublishSegmentVariantCommand;
import com.gaplens.application.port.in.UpdateSegmentVariantDraftUseCase;
import com.gaplens.application.port.in.UpdateSegmentVariantDraftUseCase.UpdateSegmentVariantDraftCommand;
import com.gaplens.domain.tenant.TenantId;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Segment variants: how the central target experience is declined for one segment. */
@Controller
class SegmentVariantController {

    record SegmentVariantFilterInput(String targetExperience, String segment) {}

    record DraftSegmentVariantInput(String targetExperienceId, String segmentId, VariantAdjustmentsInput adjustments) {}

    record UpdateSegmentVariantDraftInput(
            String segmentVariantId, Long expectedVersion, VariantAdjustmentsInput adjustments) {}

    record PublishSegmentVariantInput(String segmentVariantId, Long expectedVersion, OffsetDateTime inForceFrom) {}

    private final ListSegmentVariantsUseCase list;
    private final DraftSegmentVariantUseCase draft;
    private final UpdateSegmentVariantDraftUseCase update;
    private final PublishSegmentVariantUseCase publish;

    SegmentVariantController(
            ListSegmentVariantsUseCase list,
            DraftSegmentVariantUseCase draft,
            UpdateSegmentVariantDraftUseCase update,
            PublishSegmentVariantUseCase publish) {
        this.list = list;
        this.draft = draft;
        this.update = update;
        this.publish = publish;
    }

    @QueryMapping
    Page<SegmentVariantView> segmentVariants(
            @Argument Integer first, @Argument String after, @Argument SegmentVariantFilterInput filter) {
        TenantId tenant = CurrentCaller.get().tenant();
        PageRequest page = PageRequest.of(Optional.ofNullable(first), Optional.ofNullable(after));
        Optional<SegmentVariantFilterInput> given = Optional.ofNullable(filter);
        SegmentVariantFilter variantFilter = new SegmentVariantFilter(
                given.map(SegmentVariantFilterInput::targetExperience)
                        .map(id -> GlobalIds.targetExperience(id, "filter.targetExperience")),
                given.map(SegmentVariantFilterInput::segment).map(id -> GlobalIds.segment(id, "filter.segment")));
        return list.listSegmentVariants(new ListSegmentVariantsQuery(tenant, variantFilter, page))
                .map(SegmentVariantView::of);
    }

    @MutationMapping
    SegmentVariantView draftSegmentVariant(@Argument DraftSegmentVariantInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> SegmentVariantView.of(draft.draftSegmentVariant(new DraftSegmentVariantCommand(
                        tenant,
                        GlobalIds.targetExperience(input.targetExperienceId(), "targetExperienceId"),
                        GlobalIds.segment(input.segmentId(), "segmentId"),
                        CommitmentInputs.variant(input.adjustments())))));
    }

    @MutationMapping
    SegmentVariantView updateSegmentVariantDraft(@Argument UpdateSegmentVariantDraftInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> SegmentVariantView.of(update.updateSegmentVariantDraft(new UpdateSegmentVariantDraftCommand(
                        tenant,
                        GlobalIds.segmentVariant(input.segmentVariantId(), "segmentVariantId"),
                        expectedVersion(input.expectedVersion()),
                        CommitmentInputs.variant(input.adjustments())))));
    }

    @MutationMapping
    SegmentVariantView publishSegmentVariant(@Argument PublishSegmentVariantInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> SegmentVariantView.of(publish.publishSegmentVariant(new PublishSegmentVariantCommand(
                        tenant,
                        GlobalIds.segmentVariant(input.segmentVariantId(), "segmentVariantId"),
                        expectedVersion(input.expectedVersion()),
                        instant(input.inForceFrom())))));
    }
}
