package com.gaplens.adapters.mongo.impact;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.adapters.mongo.tenancy.VersionedDocument;
import com.gaplens.domain.impact.CommitmentReference;
import com.gaplens.domain.impact.ContinuousObservations;
import com.gaplens.domain.impact.ContinuousSummary;
import com.gaplens.domain.impact.ImpactStudy;
import com.gaplens.domain.impact.ImpactStudyId;
import com.gaplens.domain.impact.MetricKind;
import com.gaplens.domain.impact.ObservationBatch;
import com.gaplens.domain.impact.ObservationBatchId;
import com.gaplens.domain.impact.RateObservations;
import com.gaplens.domain.impact.RateSummary;
import com.gaplens.domain.impact.StudyDefinition;
import com.gaplens.domain.impact.StudyGroup;
import com.gaplens.domain.impact.StudyPeriod;
import com.gaplens.domain.impact.SummaryRecord;
import com.gaplens.domain.shared.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * An impact study as stored: its definition, then its observation batches (in recording order) and summaries, in
 * one document so that a study is written whole or not at all. Days are ISO-8601 strings ({@code periodFrom} sorts
 * as the days do).
 */
@Document(ImpactStudyDocument.COLLECTION)
record ImpactStudyDocument(
        @MongoId(FieldType.STRING) String id,
        String tenant,
        String brandId,
        String initiative,
        String periodFrom,
        String periodTo,
        List<MetricDocument> metrics,
        String exposedSegmentId,
        List<String> targetedTouchpointIds,
        List<String> targetedCommitmentIds,
        List<ObservationBatchDocument> batches,
        List<SummaryDocument> summaries,
        long version)
        implements VersionedDocument {

    static final String COLLECTION = "impactStudies";
    static final String BRAND_ID = "brandId";
    static final String PERIOD_FROM = "periodFrom";

    /** {@code study} as stored at {@code stored}. */
    static ImpactStudyDocument from(ImpactStudy study, Version stored, ImpactDocumentMapper mapper) {
        StudyDefinition definition = study.definition();
        return new ImpactStudyDocument(
                study.id().value(),
                StoredValues.tenantId(study.tenantId()),
                StoredValues.brandId(study.brandId()),
                definition.initiative(),
                definition.period().from().toString(),
                definition.period().to().toString(),
                mapper.toDocuments(definition.metrics()),
                definition.exposedSegment().map(StoredValues::segmentId).orElse(null),
                definition.targetedTouchpoints().stream()
                        .map(StoredValues::touchpointId)
                        .toList(),
                definition.targetedCommitments().stream()
                        .map(CommitmentReference::value)
                        .toList(),
                study.observationBatches().stream()
                        .map(ImpactStudyDocument::batch)
                        .toList(),
                study.summaries().stream().map(ImpactStudyDocument::summary).toList(),
                stored.value());
    }

    ImpactStudy toDomain(ImpactDocumentMapper mapper) {
        StudyDefinition definition = new StudyDefinition(
                initiative,
                new StudyPeriod(LocalDate.parse(periodFrom), LocalDate.parse(periodTo)),
                mapper.toDomain(metrics),
                Optional.ofNullable(exposedSegmentId).map(StoredValues::toSegmentId),
                new LinkedHashSet<>(targetedTouchpointIds.stream()
                        .map(StoredValues::toTouchpointId)
                        .toList()),
                new LinkedHashSet<>(targetedCommitmentIds.stream()
                        .map(CommitmentReference::new)
                        .toList()));
        return ImpactStudy.restore(
                new ImpactStudyId(id),
                StoredValues.toTenantId(tenant),
                StoredValues.toBrandId(brandId),
                definition,
                batches.stream().map(ImpactStudyDocument::batch).toList(),
                summaries.stream().map(ImpactStudyDocument::summary).toList(),
                StoredValues.toVersion(version));
    }

    private static ObservationBatchDocument batch(ObservationBatch batch) {
        return switch (batch.observations()) {
            case ContinuousObservations continuous ->
                new ObservationBatchDocument(
                        batch.id().value(), batch.metricCode(), batch.group().name(), continuous.values(), null);
            case RateObservations rate ->
                new ObservationBatchDocument(
                        batch.id().value(), batch.metricCode(), batch.group().name(), null, rate.outcomes());
        };
    }

    private static ObservationBatch batch(ObservationBatchDocument document) {
        return new ObservationBatch(
                new ObservationBatchId(document.batchId()),
                document.metric(),
                StudyGroup.valueOf(document.group()),
                document.values() != null
                        ? new ContinuousObservations(document.values())
                        : new RateObservations(document.outcomes()));
    }

    private static SummaryDocument summary(SummaryRecord record) {
        return switch (record.summary()) {
            case ContinuousSummary c ->
                new SummaryDocument(
                        record.metricCode(),
                        record.group().name(),
                        MetricKind.CONTINUOUS.name(),
                        c.n(),
                        c.mean(),
                        c.standardDeviation(),
                        null);
            case RateSummary r ->
                new SummaryDocument(
                        record.metricCode(),
                        record.group().name(),
                        MetricKind.RATE.name(),
                        r.n(),
                        null,
                        null,
                        r.successes());
        };
    }

    private static SummaryRecord summary(SummaryDocument document) {
        StudyGroup group = StudyGroup.valueOf(document.group());
        return switch (MetricKind.valueOf(document.kind())) {
            case CONTINUOUS ->
                new SummaryRecord(
                        document.metric(),
                        group,
                        new ContinuousSummary(document.n(), document.mean(), document.standardDeviation()));
            case RATE ->
                new SummaryRecord(document.metric(), group, new RateSummary(document.n(), document.successes()));
        };
    }
}
