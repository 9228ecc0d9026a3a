package com.gaplens.adapters.mongo.scale;

import com.gaplens.domain.scale.Scale;
import com.gaplens.domain.scale.ScaleCode;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.factory.Mappers;

/** Between a stored scale document and the domain's {@link Scale} value. */
@Mapper(componentModel = MappingConstants.ComponentModel.DEFAULT, uses = ScaleDocumentMapper.Codes.class)
interface ScaleDocumentMapper {

    ScaleDocumentMapper INSTANCE = Mappers.getMapper(ScaleDocumentMapper.class);

    Scale toScale(ScaleDocument document);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "tenant", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "version", ignore = true)
    ScaleDocument toDocument(Scale scale);

    /** Scale codes are stored as their text. */
    final class Codes {
        public ScaleCode toCode(String value) {
            return new ScaleCode(value);
        }

        public String toText(ScaleCode code) {
            return code.value();
        }
    }
}
