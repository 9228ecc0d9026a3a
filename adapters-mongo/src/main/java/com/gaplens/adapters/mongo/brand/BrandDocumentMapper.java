package com.gaplens.adapters.mongo.brand;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.domain.brand.BrandValue;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The parts of a brand document below the aggregate root; the root itself is {@link BrandDocument}'s. */
@Mapper(uses = StoredValues.class)
public interface BrandDocumentMapper {

    @Mapping(target = "valueId", source = "id")
    BrandValueDocument toDocument(BrandValue value);

    @Mapping(target = "id", source = "valueId")
    BrandValue toDomain(BrandValueDocument document);

    List<BrandValueDocument> toDocuments(List<BrandValue> values);

    List<BrandValue> toDomain(List<BrandValueDocument> documents);
}
