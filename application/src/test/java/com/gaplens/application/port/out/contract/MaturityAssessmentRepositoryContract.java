package com.gaplens.application.port.out.contract;

import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.out.MaturityAssessmentRepository;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.maturity.BusinessFunction;
import com.gaplens.domain.maturity.ExperiencePractice;
import com.gaplens.domain.maturity.MaturityAssessment;
import com.gaplens.domain.maturity.MaturityAssessmentId;
import com.gaplens.domain.maturity.MaturityEvidence;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MaturityAssessmentRepository} does. Extend it with a {@link #repository()} of the implementation. */
public abstract class MaturityAssessmentRepositoryContract {

    private static final BrandId BRAND = new BrandId("b-1");
    private static final BrandId OTHER_BRAND = new BrandId("b-2");

    private final TenantId tenantA = new TenantId("t-" + UUID.randomUUID());
    private final TenantId tenantB = new TenantId("t-" + UUID.randomUUID());
    private MaturityAssessmentRepository repository;

    /** A repository to test; may hold data of other tests. */
    protected abstract MaturityAssessmentRepository repository();

    @BeforeEach
    void aRepository() {
        repository = repository();
    }

    private static MaturityAssessment assessment(TenantId tenant, String id, BrandId brand, String at) {
        return MaturityAssessment.create(
                new MaturityAssessmentId(id),
                tenant,
                brand,
                Instant.parse(at),
                MaturityEvidence.none(),
                Map.of(),
                Map.of());
    }

    @Test
    void anAssessmentKeepsItsInstantEvidenceAndScoresExactly() {
        var assessment = MaturityAssessment.create(
                new MaturityAssessmentId("a-1"),
                tenantA,
                BRAND,
                Instant.parse("2025-06-15T10:00:00.123456789Z"),
                new MaturityEvidence(
                        Set.of(BusinessFunction.RND, BusinessFunction.MARKETING),
                        Set.of(ExperiencePractice.CUSTOMERS_CO_CREATE)),
                Map.of(
                        ExperienceVariable.ACCESS_EASY,
                        new Score(66.25),
                        ExperienceVariable.USE_USEFUL,
                        new Score(0.1 + 0.2)),
                Map.of(ExperienceVariable.ACCESS_EASY, new Score(70)),
                Optional.of(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31))));

        repository.add(tenantA, assessment);
        var found = repository.find(tenantA, new MaturityAssessmentId("a-1")).orElseThrow();

        assertThat(found.assessedAt()).isEqualTo(assessment.assessedAt());
        assertThat(found.evidence()).isEqualTo(assessment.evidence());
        assertThat(found.employeeScores()).isEqualTo(assessment.employeeScores());
        assertThat(found.customerScores()).isEqualTo(assessment.customerScores());
        assertThat(found.position()).isEqualTo(assessment.position());
        assertThat(found.symmetryGap()).isEqualTo(assessment.symmetryGap());
        assertThat(found.symmetryPeriod()).isEqualTo(assessment.symmetryPeriod());
    }

    @Test
    void aBrandsAssessmentsAreListedOldestFirstPageByPage() {
        // given instants whose ISO texts would sort wrongly (".5Z" after "Z" as text)
        repository.add(tenantA, assessment(tenantA, "a-3", BRAND, "2025-06-15T10:00:00Z"));
        repository.add(tenantA, assessment(tenantA, "a-1", BRAND, "2025-01-15T10:00:00.500Z"));
        repository.add(tenantA, assessment(tenantA, "a-2", BRAND, "2025-01-15T10:00:01Z"));
        repository.add(tenantA, assessment(tenantA, "a-0", BRAND, "2025-01-15T10:00:00Z"));
        repository.add(tenantA, assessment(tenantA, "x-1", OTHER_BRAND, "2024-01-01T00:00:00Z"));

        List<String> paged = new ArrayList<>();
        var first = repository.listOfBrand(tenantA, BRAND, PageRequest.first(3));
        first.items().forEach(a -> paged.add(a.id().value()));
        var second = repository.listOfBrand(
                tenantA, BRAND, PageRequest.first(3).after(first.endCursor().orElseThrow()));
        second.items().forEach(a -> paged.add(a.id().value()));

        assertThat(paged).containsExactly("a-0", "a-1", "a-2", "a-3");
        assertThat(first.hasNextPage()).isTrue();
        assertThat(second.hasNextPage()).isFalse();
    }

    @Test
    void anotherTenantNeitherFindsNorListsIt() {
        repository.add(tenantA, assessment(tenantA, "a-1", BRAND, "2025-01-15T10:00:00Z"));

        assertThat(repository.find(tenantB, new MaturityAssessmentId("a-1"))).isEmpty();
        assertThat(repository.listOfBrand(tenantB, BRAND, PageRequest.first(10)).items())
                .isEmpty();
    }

    @Test
    void anAssessmentIsNeverReplaced() {
        repository.add(tenantA, assessment(tenantA, "a-1", BRAND, "2025-01-15T10:00:00Z"));

        assertFails(
                () -> repository.add(tenantA, assessment(tenantA, "a-1", OTHER_BRAND, "2025-02-15T10:00:00Z")),
                ConflictException.class,
                "DUPLICATE_ASSESSMENT",
                "maturityAssessmentId");
        assertThat(repository
                        .find(tenantA, new MaturityAssessmentId("a-1"))
                        .orElseThrow()
                        .brandId())
                .isEqualTo(BRAND);
    }

    @Test
    void addingForOneTenantAnAssessmentOfAnotherIsRefusedAndWritesNothing() {
        assertThatThrownBy(() -> repository.add(tenantB, assessment(tenantA, "a-1", BRAND, "2025-01-15T10:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.find(tenantA, new MaturityAssessmentId("a-1"))).isEmpty();
        assertThat(repository.find(tenantB, new MaturityAssessmentId("a-1"))).isEmpty();
    }
}
