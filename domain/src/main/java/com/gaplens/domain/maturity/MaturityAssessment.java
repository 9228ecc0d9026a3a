package com.gaplens.domain.maturity;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One assessment of a brand's experience maturity at a moment (aggregate root, immutable once made). It holds the
 * {@link MaturityEvidence} and the employee and customer scores per experience variable, and derives from them:
 * <ul>
 *   <li>{@link #position()}: the stage reached, the conditions behind it and what the next stage still needs, by the
 *       rules of {@link MaturityLadder};</li>
 *   <li>{@link #symmetryGap()}: employee − customer score per variable, and the mean absolute gap.</li>
 * </ul>
 * Assessments are kept over time: {@link #progressSince} compares this one with an earlier one of the same brand.
 *
 * <p>The practice {@link ExperiencePractice#EMPLOYEE_EXPERIENCE_MEASURED} is taken from the evidence as declared;
 * the scores are read for the symmetry gap only (the application fills them from employee-experience measurements,
 * which may cover fewer variables than the practice promises).
 */
public final class MaturityAssessment {

    private final MaturityAssessmentId id;
    private final TenantId tenantId;
    private final BrandId brandId;
    private final Instant assessedAt;
    private final MaturityEvidence evidence;
    private final Map<ExperienceVariable, Score> employeeScores;
    private final Map<ExperienceVariable, Score> customerScores;
    private final Optional<Period> symmetryPeriod;
    private final MaturityPosition position;
    private final SymmetryGap symmetryGap;

    private MaturityAssessment(
            MaturityAssessmentId id,
            TenantId tenantId,
            BrandId brandId,
            Instant assessedAt,
            MaturityEvidence evidence,
            Map<ExperienceVariable, Score> employeeScores,
            Map<ExperienceVariable, Score> customerScores,
            Optional<Period> symmetryPeriod) {
        this.id = Require.present(id, "maturityAssessmentId");
        this.symmetryPeriod = Require.present(symmetryPeriod, "symmetryPeriod");
        this.tenantId = Require.present(tenantId, "tenantId");
        this.brandId = Require.present(brandId, "brandId");
        this.assessedAt = Require.present(assessedAt, "assessedAt");
        this.evidence = Require.present(evidence, "evidence");
        this.symmetryGap = SymmetryGap.between(employeeScores, customerScores);
        this.employeeScores = copy(employeeScores);
        this.customerScores = copy(customerScores);
        this.position = MaturityLadder.position(evidence);
    }

    /** A new assessment whose scores were not read from a period. */
    public static MaturityAssessment create(
            MaturityAssessmentId id,
            TenantId tenantId,
            BrandId brandId,
            Instant assessedAt,
            MaturityEvidence evidence,
            Map<ExperienceVariable, Score> employeeScores,
            Map<ExperienceVariable, Score> customerScores) {
        return create(id, tenantId, brandId, assessedAt, evidence, employeeScores, customerScores, Optional.empty());
    }

    /** A new assessment, its scores read from the measurements of {@code symmetryPeriod} when there is one. */
    public static MaturityAssessment create(
            MaturityAssessmentId id,
            TenantId tenantId,
            BrandId brandId,
            Instant assessedAt,
            MaturityEvidence evidence,
            Map<ExperienceVariable, Score> employeeScores,
            Map<ExperienceVariable, Score> customerScores,
            Optional<Period> symmetryPeriod) {
        return new MaturityAssessment(
                id, tenantId, brandId, assessedAt, evidence, employeeScores, customerScores, symmetryPeriod);
    }

    /**
     * An assessment as persisted. Only its inputs are stored; stage and symmetry gap are derived again by the current
     * rules, so a stored assessment never carries a stale verdict.
     */
    public static MaturityAssessment restore(
            MaturityAssessmentId id,
            TenantId tenantId,
            BrandId brandId,
            Instant assessedAt,
            MaturityEvidence evidence,
            Map<ExperienceVariable, Score> employeeScores,
            Map<ExperienceVariable, Score> customerScores) {
        return restore(id, tenantId, brandId, assessedAt, evidence, employeeScores, customerScores, Optional.empty());
    }

    /** An assessment as persisted, with the period its scores were read from. */
    public static MaturityAssessment restore(
            MaturityAssessmentId id,
            TenantId tenantId,
            BrandId brandId,
            Instant assessedAt,
            MaturityEvidence evidence,
            Map<ExperienceVariable, Score> employeeScores,
            Map<ExperienceVariable, Score> customerScores,
            Optional<Period> symmetryPeriod) {
        return new MaturityAssessment(
                id, tenantId, brandId, assessedAt, evidence, employeeScores, customerScores, symmetryPeriod);
    }

    public MaturityAssessmentId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public BrandId brandId() {
        return brandId;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public MaturityEvidence evidence() {
        return evidence;
    }

    public Map<ExperienceVariable, Score> employeeScores() {
        return employeeScores;
    }

    public Map<ExperienceVariable, Score> customerScores() {
        return customerScores;
    }

    /** The days whose employee and customer measurements gave the scores, if they were read from a period. */
    public Optional<Period> symmetryPeriod() {
        return symmetryPeriod;
    }

    /** The stage reached, the evidence behind it and what is missing for the next stage. */
    public MaturityPosition position() {
        return position;
    }

    public MaturityStage stage() {
        return position.stage();
    }

    public SymmetryGap symmetryGap() {
        return symmetryGap;
    }

    /** Fails with {@code MATURITY_ASSESSMENT_NOT_FOUND} unless the assessment belongs to {@code caller}'s tenant. */
    public void ensureVisibleTo(TenantId caller) {
        if (!tenantId.equals(caller)) {
            throw new NotFoundException(
                    "MATURITY_ASSESSMENT_NOT_FOUND", "maturityAssessmentId", "no maturity assessment " + id);
        }
    }

    /**
     * How the brand moved since {@code earlier}, an assessment of the same tenant and brand made no later than this
     * one ({@code DIFFERENT_BRAND}, {@code NOT_EARLIER} on {@code earlier} otherwise).
     */
    public MaturityProgress progressSince(MaturityAssessment earlier) {
        Require.present(earlier, "earlier");
        if (!earlier.tenantId.equals(tenantId) || !earlier.brandId.equals(brandId)) {
            throw new InvalidInputException(
                    "DIFFERENT_BRAND", "earlier", "only assessments of the same brand can be compared");
        }
        if (earlier.assessedAt.isAfter(assessedAt)) {
            throw new InvalidInputException(
                    "NOT_EARLIER", "earlier", "assessment " + earlier.id + " was made after " + id);
        }
        OptionalDouble before = earlier.symmetryGap.meanAbsoluteGap();
        OptionalDouble after = symmetryGap.meanAbsoluteGap();
        OptionalDouble change = before.isPresent() && after.isPresent()
                ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble())
                : OptionalDouble.empty();
        return new MaturityProgress(
                earlier.stage(), stage(), stage().ordinal() - earlier.stage().ordinal(), change);
    }

    private static Map<ExperienceVariable, Score> copy(Map<ExperienceVariable, Score> scores) {
        return scores.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(scores));
    }
}
