package com.gaplens.adapters.mongo.impact;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.domain.impact.ImpactMetric;
import java.util.List;
import org.mapstruct.Mapper;

/**
 * The metrics of a study document; the root, its batches and summaries (sealed types, one field set per kind) are
 * {@link ImpactStudyDocument}'s.
 */
@Mapper(uses = StoredValues.class)
public interface ImpactDocumentMapper {

    MetricDocument toDocument(ImpactMetric metric);

    ImpactMetric toDomain(MetricDocument document);

    List<MetricDocument> toDocuments(List<ImpactMetric> metrics);

    List<ImpactMetric> toDomain(List<MetricDocument> documents);
}
