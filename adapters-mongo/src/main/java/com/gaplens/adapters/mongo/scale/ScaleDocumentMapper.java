package com.gaplens.adapters.mongo.scale;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.domain.scale.Scale;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Between a stored scale document and the domain's {@link Scale} value; the root is the repository's. */
@Mapper(uses = StoredValues.class)
public interface ScaleDocumentMapper {

    Scale toScale(ScaleDocument document);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "tenant", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "version", ignore = true)
    ScaleDocument toDocument(Scale scale);
}
