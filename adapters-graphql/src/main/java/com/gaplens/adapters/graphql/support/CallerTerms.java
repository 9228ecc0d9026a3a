package com.gaplens.adapters.graphql.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A failure's message in the caller's terms. The domain and the use cases name objects by their internal ids (a
 * brand {@code b0320e…}), which no client ever sees: every id the API hands out or takes is a global id. So before a
 * message leaves the API, each internal id it quotes that the caller sent is replaced by the global id the caller sent
 * and the input field it was sent in: "brand QnJhbmQ6… (input.brandId) has no segment U2VnbWVudDo…
 * (input.segmentId)". What the caller sent is found by walking the arguments of the call (maps, lists, records):
 * every text that reads as a global id is a candidate.
 *
 * <p>Messages are written so that they quote no id the caller did not send (they say "the brand" instead); a
 * message with nothing to replace is returned as it is.
 */
public final class CallerTerms {

    private static final Set<String> TYPES = Set.of(
            GlobalIds.BRAND,
            GlobalIds.BRAND_VALUE,
            GlobalIds.SEGMENT,
            GlobalIds.TOUCHPOINT,
            GlobalIds.TARGET_EXPERIENCE,
            GlobalIds.SEGMENT_VARIANT,
            GlobalIds.COMMITMENT,
            GlobalIds.API_KEY,
            GlobalIds.IMPACT_STUDY,
            GlobalIds.MATURITY_ASSESSMENT);

    private CallerTerms() {}

    /**
     * {@code message} with each internal id the {@code arguments} carry as a global id replaced by that global id and
     * its path, paths starting at {@code root} ({@code ""} for the arguments of a GraphQL field, {@code input[3]} for
     * one item of a batch).
     */
    public static String of(String message, Object arguments, String root) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        Map<String, Sent> sent = new LinkedHashMap<>();
        collect(arguments, root, sent);
        if (sent.isEmpty()) {
            return message;
        }
        StringBuilder rewritten = new StringBuilder(message.length() + 64);
        int i = 0;
        while (i < message.length()) {
            if (!isIdCharacter(message.charAt(i))) {
                rewritten.append(message.charAt(i++));
                continue;
            }
            int end = i;
            while (end < message.length() && isIdCharacter(message.charAt(end))) {
                end++;
            }
            String token = message.substring(i, end);
            Sent original = sent.get(token);
            rewritten.append(original == null ? token : original.describe());
            i = end;
        }
        return rewritten.toString();
    }

    /** A global id as the caller sent it, and where. */
    private record Sent(String globalId, String path) {
        String describe() {
            return path.isEmpty() ? globalId : globalId + " (" + path + ")";
        }
    }

    private static void collect(Object value, String path, Map<String, Sent> sent) {
        switch (value) {
            case null -> {}
            case String text -> decoded(text).ifPresent(raw -> sent.putIfAbsent(raw, new Sent(text, path)));
            case Optional<?> optional -> collect(optional.orElse(null), path, sent);
            case Map<?, ?> map -> map.forEach((key, item) -> collect(item, child(path, String.valueOf(key)), sent));
            case List<?> list -> {
                for (int index = 0; index < list.size(); index++) {
                    collect(list.get(index), path + "[" + index + "]", sent);
                }
            }
            case Record record -> {
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    collect(read(component, record), child(path, component.getName()), sent);
                }
            }
            default -> {}
        }
    }

    /** The internal id of a text that is a global id of one of the API's types; empty for any other text. */
    private static Optional<String> decoded(String text) {
        if (text.isEmpty() || text.length() > 200) {
            return Optional.empty();
        }
        try {
            GlobalId id = GlobalId.decode(text, "id");
            return TYPES.contains(id.type()) && id.rawId().chars().allMatch(c -> isIdCharacter((char) c))
                    ? Optional.of(id.rawId())
                    : Optional.empty();
        } catch (RuntimeException notAGlobalId) {
            return Optional.empty();
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return null;
        }
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The characters internal ids are made of ({@code [A-Za-z0-9_-]}). */
    private static boolean isIdCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
