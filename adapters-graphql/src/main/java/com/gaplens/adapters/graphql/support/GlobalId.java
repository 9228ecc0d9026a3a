package com.gaplens.adapters.graphql.support;

import com.gaplens.domain.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Relay global ids: {@code base64url("Type:rawId")}, opaque to clients. A malformed id, or one of
 * another type than expected, is simply not found: nothing about other objects (or tenants) is
 * revealed by the way an id is refused.
 */
public record GlobalId(String type, String rawId) {

    public GlobalId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rawId, "rawId");
    }

    public static String encode(String type, String rawId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((type + ":" + rawId).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes {@code id}; {@code field} names the argument in the NOT_FOUND error when it cannot be. */
    public static GlobalId decode(String id, String field) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0 || colon == decoded.length() - 1) {
                throw notFound(field);
            }
            return new GlobalId(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw notFound(field);
        }
    }

    /** The raw id of {@code id}, which must be of {@code expectedType}. */
    public static String rawIdOf(String id, String expectedType, String field) {
        GlobalId global = decode(id, field);
        if (!global.type.equals(expectedType)) {
            throw notFound(field);
        }
        return global.rawId;
    }

    private static NotFoundException notFound(String field) {
        return new NotFoundException("UNKNOWN_ID", field, "no object has the id given in " + field);
    }
}
