package com.gaplens.application.rollup;

import com.gaplens.domain.shared.Require;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Names one change of the roll-ups (the measurements one call inserted, or moved by judging them anew): the cells
 * it adds to remember it, so that adding it twice is refused. Tokens are ordered by the instant they were drawn
 * at, then by a random part that makes them unique across instances: {@code <millis, 12 hex digits>-<16 hex
 * digits>}, compared as text. The order lets a cell forget old tokens behind a watermark (see
 * {@link com.gaplens.application.port.out.RollupJournal}).
 */
public record RollupToken(String value) implements Comparable<RollupToken> {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    public RollupToken {
        Require.present(value, "token");
        if (!value.matches("[0-9a-f]{12}-[0-9a-f]{16}")) {
            throw new IllegalArgumentException("not a roll-up token: " + value);
        }
    }

    /** A new token drawn at {@code now}, or just after {@code notBefore} if that is later. */
    public static RollupToken draw(Instant now, RollupToken notBefore) {
        long millis = Math.max(now.toEpochMilli(), notBefore.millis() + 1);
        return new RollupToken(String.format("%012x", millis) + "-" + HEX.toHexDigits(RANDOM.nextLong()));
    }

    /** The lowest token of {@code instant}: every token drawn at it or later is greater or equal. */
    public static RollupToken lowestAt(Instant instant) {
        return new RollupToken(String.format("%012x", instant.toEpochMilli()) + "-0000000000000000");
    }

    /** The lowest token there is. */
    public static RollupToken lowest() {
        return new RollupToken("000000000000-0000000000000000");
    }

    /** When it was drawn. */
    public Instant drawnAt() {
        return Instant.ofEpochMilli(millis());
    }

    private long millis() {
        return Long.parseLong(value.substring(0, 12), 16);
    }

    public boolean isBefore(RollupToken other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(RollupToken other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
