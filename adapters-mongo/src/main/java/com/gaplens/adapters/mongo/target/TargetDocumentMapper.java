package com.gaplens.adapters.mongo.target;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.domain.target.Commitment;
import com.gaplens.domain.target.CommitmentOverride;
import com.gaplens.domain.target.SegmentVariantVersion;
import com.gaplens.domain.target.TargetExperienceVersion;
import com.gaplens.domain.target.VariantAdjustments;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * The parts of target experience and segment variant documents below their aggregate roots:
 * commitments, published versions, overrides and adjustments. The roots themselves are
 * {@link TargetExperienceDocument}'s and {@link SegmentVariantDocument}'s.
 */
@Mapper(uses = {StoredValues.class, StoredScopes.class})
public interface TargetDocumentMapper {

    @Mapping(target = "commitmentId", source = "id")
    CommitmentDocument toDocument(Commitment commitment);

    @Mapping(target = "id", source = "commitmentId")
    // MapStruct takes the record's withers for fluent setters; the canonical constructor sets everything
    @Mapping(target = "withTargetLevel", ignore = true)
    @Mapping(target = "withWording", ignore = true)
    Commitment toDomain(CommitmentDocument document);

    List<CommitmentDocument> toCommitmentDocuments(List<Commitment> commitments);

    List<Commitment> toCommitments(List<CommitmentDocument> documents);

    TargetExperienceVersionDocument toDocument(TargetExperienceVersion version);

    TargetExperienceVersion toDomain(TargetExperienceVersionDocument document);

    List<TargetExperienceVersionDocument> toTargetVersionDocuments(List<TargetExperienceVersion> versions);

    List<TargetExperienceVersion> toTargetVersions(List<TargetExperienceVersionDocument> documents);

    OverrideDocument toDocument(CommitmentOverride override);

    CommitmentOverride toDomain(OverrideDocument document);

    AdjustmentsDocument toDocument(VariantAdjustments adjustments);

    VariantAdjustments toDomain(AdjustmentsDocument document);

    SegmentVariantVersionDocument toDocument(SegmentVariantVersion version);

    SegmentVariantVersion toDomain(SegmentVariantVersionDocument document);

    List<SegmentVariantVersionDocument> toVariantVersionDocuments(List<SegmentVariantVersion> versions);

    List<SegmentVariantVersion> toVariantVersions(List<SegmentVariantVersionDocument> documents);
}
