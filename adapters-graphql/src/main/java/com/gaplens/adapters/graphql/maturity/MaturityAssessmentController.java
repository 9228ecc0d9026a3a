package com.gaplens.adapters.graphql.maturity;

import static com.gaplens.adapters.graphql.support.Inputs.under;

import com.gaplens.adapters.graphql.maturity.MaturityViews.AssessmentView;
import com.gaplens.adapters.graphql.maturity.MaturityViews.ComparisonView;
import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.in.CompareMaturityAssessmentsUseCase;
import com.gaplens.application.port.in.CompareMaturityAssessmentsUseCase.CompareMaturityAssessmentsQuery;
import com.gaplens.application.port.in.ListMaturityAssessmentsUseCase;
import com.gaplens.application.port.in.ListMaturityAssessmentsUseCase.ListMaturityAssessmentsQuery;
import com.gaplens.application.port.in.RecordMaturityAssessmentUseCase;
import com.gaplens.application.port.in.RecordMaturityAssessmentUseCase.RecordMaturityAssessmentCommand;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.maturity.BusinessFunction;
import com.gaplens.domain.maturity.ExperiencePractice;
import com.gaplens.domain.maturity.MaturityEvidence;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Maturity assessments: recorded by ADMIN, listed and compared by READER. */
@Controller
class MaturityAssessmentController {

    record SymmetryPeriodInput(LocalDate from, LocalDate to) {}

    record RecordMaturityAssessmentInput(
            String brandId,
            List<BusinessFunction> functionsInvolved,
            Boolean feedbackChangesExistingOffers,
            Boolean newOffersDesignedWithExperience,
            Boolean customersCoCreate,
            Boolean employeeExperienceMeasured,
            SymmetryPeriodInput symmetryPeriod) {}

    private final RecordMaturityAssessmentUseCase record;
    private final ListMaturityAssessmentsUseCase list;
    private final CompareMaturityAssessmentsUseCase compare;

    MaturityAssessmentController(
            RecordMaturityAssessmentUseCase record,
            ListMaturityAssessmentsUseCase list,
            CompareMaturityAssessmentsUseCase compare) {
        this.record = record;
        this.list = list;
        this.compare = compare;
    }

    @QueryMapping
    Page<AssessmentView> maturityAssessments(
            @Argument String brandId, @Argument Integer first, @Argument String after) {
        TenantId tenant = CurrentCaller.get().tenant();
        PageRequest page = PageRequest.of(Optional.ofNullable(first), Optional.ofNullable(after));
        return list.listMaturityAssessments(
                        new ListMaturityAssessmentsQuery(tenant, GlobalIds.brand(brandId, "brandId"), page))
                .map(AssessmentView::of);
    }

    @QueryMapping
    ComparisonView maturityComparison(@Argument String earlierId, @Argument String laterId) {
        TenantId tenant = CurrentCaller.get().tenant();
        return ComparisonView.of(compare.compareMaturityAssessments(new CompareMaturityAssessmentsQuery(
                tenant,
                GlobalIds.maturityAssessment(earlierId, "earlierId"),
                GlobalIds.maturityAssessment(laterId, "laterId"))));
    }

    @MutationMapping
    AssessmentView recordMaturityAssessment(@Argument RecordMaturityAssessmentInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under("input", () -> {
            Set<ExperiencePractice> practices = EnumSet.noneOf(ExperiencePractice.class);
            practise(
                    practices,
                    input.feedbackChangesExistingOffers(),
                    "feedbackChangesExistingOffers",
                    ExperiencePractice.FEEDBACK_CHANGES_EXISTING_OFFERS);
            practise(
                    practices,
                    input.newOffersDesignedWithExperience(),
                    "newOffersDesignedWithExperience",
                    ExperiencePractice.NEW_OFFERS_DESIGNED_WITH_EXPERIENCE);
            practise(practices, input.customersCoCreate(), "customersCoCreate", ExperiencePractice.CUSTOMERS_CO_CREATE);
            practise(
                    practices,
                    input.employeeExperienceMeasured(),
                    "employeeExperienceMeasured",
                    ExperiencePractice.EMPLOYEE_EXPERIENCE_MEASURED);
            MaturityEvidence evidence = new MaturityEvidence(
                    Set.copyOf(Require.present(input.functionsInvolved(), "functionsInvolved")), practices);
            Optional<Period> period =
                    Optional.ofNullable(input.symmetryPeriod()).map(p -> period(p));
            return AssessmentView.of(record.recordMaturityAssessment(new RecordMaturityAssessmentCommand(
                    tenant, GlobalIds.brand(input.brandId(), "brandId"), evidence, period)));
        });
    }

    /** The period of the symmetry gap; its failures name {@code symmetryPeriod.from} / {@code symmetryPeriod.to}. */
    private static Period period(SymmetryPeriodInput input) {
        try {
            return new Period(input.from(), input.to());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    e.reason(), e.field().orElse("period").replace("period", "symmetryPeriod"), e.getMessage());
        }
    }

    private static void practise(
            Set<ExperiencePractice> practices, Boolean inPlace, String field, ExperiencePractice practice) {
        if (Require.present(inPlace, field)) {
            practices.add(practice);
        }
    }
}
