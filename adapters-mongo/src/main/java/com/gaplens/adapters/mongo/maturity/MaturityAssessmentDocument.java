package com.gaplens.adapters.mongo.maturity;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.adapters.mongo.tenancy.TenantOwned;
import com.gaplens.application.port.out.MaturityAssessmentRepository;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.maturity.MaturityAssessment;
import com.gaplens.domain.maturity.MaturityAssessmentId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * A maturity assessment as stored: only its inputs (instant, evidence, employee and customer scores per variable);
 * stage, missing items and symmetry gap are derived again when read. {@code assessedAt} keeps the instant to the
 * nanosecond; {@code assessedAtKey} is its fixed-width form, which sorts as the instants do. The symmetry period's
 * days are ISO-8601 strings, absent when the scores were not read from a period.
 */
@Document(MaturityAssessmentDocument.COLLECTION)
record MaturityAssessmentDocument(
        @MongoId(FieldType.STRING) String id,
        String tenant,
        String brandId,
        String assessedAt,
        String assessedAtKey,
        EvidenceDocument evidence,
        Map<String, Double> employeeScores,
        Map<String, Double> customerScores,
        String symmetryFrom,
        String symmetryTo)
        implements TenantOwned {

    static final String COLLECTION = "maturityAssessments";
    static final String BRAND_ID = "brandId";
    static final String ASSESSED_AT_KEY = "assessedAtKey";

    static MaturityAssessmentDocument from(MaturityAssessment assessment, MaturityDocumentMapper mapper) {
        return new MaturityAssessmentDocument(
                assessment.id().value(),
                StoredValues.tenantId(assessment.tenantId()),
                StoredValues.brandId(assessment.brandId()),
                StoredValues.instant(assessment.assessedAt()),
                MaturityAssessmentRepository.sortKey(assessment.assessedAt()),
                mapper.toDocument(assessment.evidence()),
                mapper.toDocument(assessment.employeeScores()),
                mapper.toDocument(assessment.customerScores()),
                assessment.symmetryPeriod().map(p -> p.from().toString()).orElse(null),
                assessment.symmetryPeriod().map(p -> p.to().toString()).orElse(null));
    }

    MaturityAssessment toDomain(MaturityDocumentMapper mapper) {
        return MaturityAssessment.restore(
                new MaturityAssessmentId(id),
                StoredValues.toTenantId(tenant),
                StoredValues.toBrandId(brandId),
                StoredValues.toInstant(assessedAt),
                mapper.toDomain(evidence),
                employeeScores == null ? Map.of() : mapper.toScores(employeeScores),
                customerScores == null ? Map.of() : mapper.toScores(customerScores),
                Optional.ofNullable(symmetryFrom)
                        .map(from -> new Period(LocalDate.parse(from), LocalDate.parse(symmetryTo))));
    }
}
