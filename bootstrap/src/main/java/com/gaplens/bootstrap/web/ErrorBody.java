package com.gaplens.bootstrap.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A refusal in the shape of a GraphQL response: {@code {"errors":[{"message", "extensions":{…}}]}}. */
record ErrorBody(List<Error> errors) {

    static ErrorBody of(String message, String reason, Long limit) {
        return new ErrorBody(List.of(new Error(message, new Extensions("VALIDATION", reason, "BAD_REQUEST", limit))));
    }

    record Error(String message, Extensions extensions) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Extensions(String code, String reason, String classification, Long limit) {}
}
