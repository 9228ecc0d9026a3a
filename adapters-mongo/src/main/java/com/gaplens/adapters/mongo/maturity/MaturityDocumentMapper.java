package com.gaplens.adapters.mongo.maturity;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.maturity.MaturityEvidence;
import java.util.Map;
import org.mapstruct.Mapper;

/**
 * The evidence and scores of a maturity document: functions and practices by name, scores as a map from variable
 * name to score. The root is {@link MaturityAssessmentDocument}'s.
 */
@Mapper(uses = {StoredValues.class, ScoreValues.class})
public interface MaturityDocumentMapper {

    EvidenceDocument toDocument(MaturityEvidence evidence);

    MaturityEvidence toDomain(EvidenceDocument document);

    Map<String, Double> toDocument(Map<ExperienceVariable, Score> scores);

    Map<ExperienceVariable, Score> toScores(Map<String, Double> scores);
}
