package com.gaplens.adapters.graphql.catalogue;

import static com.gaplens.adapters.graphql.support.Inputs.expectedVersion;
import static com.gaplens.adapters.graphql.support.Inputs.instant;
import static com.gaplens.adapters.graphql.support.Inputs.under;

import com.gaplens.adapters.graphql.catalogue.CommitmentInputs.CommitmentInput;
import com.gaplens.adapters.graphql.catalogue.Views.TargetExperienceView;
import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.TargetExperienceFilter;
import com.gaplens.application.port.in.DraftTargetExperienceUseCase;
import com.gaplens.application.port.in.DraftTargetExperienceUseCase.DraftTargetExperienceCommand;
import com.gaplens.application.port.in.ListTargetExperiencesUseCase;
import com.gaplens.application.port.in.ListTargetExperiencesUseCase.ListTargetExperiencesQuery;
import com.gaplens.application.port.in.PublishTargetExperienceUseCase;
import com.gaplens.application.port.in.PublishTargetExperienceUseCase.PublishTargetExperienceCommand;
import com.gaplens.application.port.in.UpdateTargetExperienceDraftUseCase;
import com.gaplens.application.port.in.UpdateTargetExperienceDraftUseCase.UpdateTargetExperienceDraftCommand;
import com.gaplens.domain.tenant.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Target experiences: drafted, then published as immutable versions in force from a date. */
@Controller
class TargetExperienceController {

    record TargetExperienceFilterInput(String brand) {}

    record DraftTargetExperienceInput(String brandId, List<CommitmentInput> commitments) {}

    record UpdateTargetExperienceDraftInput(
            String targetExperienceId, Long expectedVersion, List<CommitmentInput> commitments) {}

    record PublishTargetExperienceInput(String targetExperienceId, Long expectedVersion, OffsetDateTime inForceFrom) {}

    private final ListTargetExperiencesUseCase list;
    private final DraftTargetExperienceUseCase draft;
    private final UpdateTargetExperienceDraftUseCase update;
    private final PublishTargetExperienceUseCase publish;

    TargetExperienceController(
            ListTargetExperiencesUseCase list,
            DraftTargetExperienceUseCase draft,
            UpdateTargetExperienceDraftUseCase update,
            PublishTargetExperienceUseCase publish) {
        this.list = list;
        this.draft = draft;
        this.update = update;
        this.publish = publish;
    }

    @QueryMapping
    Page<TargetExperienceView> targetExperiences(
            @Argument Integer first, @Argument String after, @Argument TargetExperienceFilterInput filter) {
        TenantId tenant = CurrentCaller.get().tenant();
        PageRequest page = PageRequest.of(Optional.ofNullable(first), Optional.ofNullable(after));
        TargetExperienceFilter targetFilter = new TargetExperienceFilter(Optional.ofNullable(filter)
                .map(TargetExperienceFilterInput::brand)
                .map(id -> GlobalIds.brand(id, "filter.brand")));
        return list.listTargetExperiences(new ListTargetExperiencesQuery(tenant, targetFilter, page))
                .map(TargetExperienceView::of);
    }

    @MutationMapping
    TargetExperienceView draftTargetExperience(@Argument DraftTargetExperienceInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> TargetExperienceView.of(draft.draftTargetExperience(new DraftTargetExperienceCommand(
                        tenant,
                        GlobalIds.brand(input.brandId(), "brandId"),
                        CommitmentInputs.drafts("commitments", input.commitments())))));
    }

    @MutationMapping
    TargetExperienceView updateTargetExperienceDraft(@Argument UpdateTargetExperienceDraftInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> TargetExperienceView.of(update.updateTargetExperienceDraft(new UpdateTargetExperienceDraftCommand(
                        tenant,
                        GlobalIds.targetExperience(input.targetExperienceId(), "targetExperienceId"),
                        expectedVersion(input.expectedVersion()),
                        CommitmentInputs.drafts("commitments", input.commitments())))));
    }

    @MutationMapping
    TargetExperienceView publishTargetExperience(@Argument PublishTargetExperienceInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> TargetExperienceView.of(publish.publishTargetExperience(new PublishTargetExperienceCommand(
                        tenant,
                        GlobalIds.targetExperience(input.targetExperienceId(), "targetExperienceId"),
                        expectedVersion(input.expectedVersion()),
                        instant(input.inForceFrom())))));
    }
}
