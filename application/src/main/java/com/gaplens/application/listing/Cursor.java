package com.gaplens.application.listing;

import com.gaplens.domain.shared.Identifier;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;

/**
 * The position of an item in a sorted list: its sort key and its id (the tie-breaker). Lists are ordered
 * by (sort key, id), both compared by Unicode code point (the order of MongoDB's default binary
 * comparison of UTF-8 strings), ascending or both descending.
 *
 * <p>Encoded form, opaque to clients: base64url without padding of {@code "1:" + id + ":" + sortKey} in
 * UTF-8 (ids never contain {@code ':'}). Every adapter uses this codec, so a cursor stays valid whatever
 * stores the list. A cursor that does not decode is refused with {@code INVALID_CURSOR} on {@code after}.
 */
public record Cursor(String sortKey, String id) {

    private static final String FORMAT = "1";

    /** Code-point order, as MongoDB compares strings without collation. */
    public static final Comparator<String> KEY_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    /** The order of (sort key, id) pairs, ascending. */
    public static final Comparator<Cursor> ORDER =
            Comparator.comparing(Cursor::sortKey, KEY_ORDER).thenComparing(Cursor::id, KEY_ORDER);

    public Cursor {
        Require.present(sortKey, "sortKey");
        Identifier.check(id, "id");
    }

    public static Cursor of(String sortKey, String id) {
        return new Cursor(sortKey, id);
    }

    public String encoded() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((FORMAT + ":" + id + ":" + sortKey).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded) {
        Require.present(encoded, "after");
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int first = plain.indexOf(':');
            int second = plain.indexOf(':', first + 1);
            if (first < 0 || second < 0 || !plain.substring(0, first).equals(FORMAT)) {
                throw invalid();
            }
            return new Cursor(plain.substring(second + 1), plain.substring(first + 1, second));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    @Override
    public String toString() {
        return encoded();
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("INVALID_CURSOR", "after", "the cursor is not one this API handed out");
    }
}
