package com.gaplens.domain.shared;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The instants and dates GapLens accepts anywhere (an observation's time, a period's days, an assessment's date, a
 * target's validity): from {@value #FIRST_TEXT} to {@value #LAST_TEXT}, UTC.
 *
 * <ul>
 *   <li>From 1970: no experience measurement predates the Unix epoch, and every store and tool a figure travels
 *       through (BSON dates, CSV readers, BI tools) handles the epoch on without surprises, while negative epoch
 *       times and the year 0 are where conversions break ({@code -999999999-01-01} failed the conversion to a BSON
 *       date; {@code 0000-01-01} was stored).</li>
 *   <li>Until the end of 9999: the last instant ISO 8601 and RFC 3339 write with four-digit years, which every
 *       reader of a GapLens export parses; a later year needs a sign and more digits.</li>
 * </ul>
 * Instants outside are refused with {@code VALIDATION} / {@code INSTANT_OUT_OF_RANGE} on the field that holds them.
 */
public final class ValidInstants {

    static final String FIRST_TEXT = "1970-01-01T00:00:00Z";
    static final String LAST_TEXT = "9999-12-31T23:59:59.999Z";

    public static final Instant FIRST = Instant.parse(FIRST_TEXT);
    public static final Instant LAST = Instant.parse(LAST_TEXT);
    public static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private ValidInstants() {}

    public static boolean contains(Instant instant) {
        return !instant.isBefore(FIRST) && !instant.isAfter(LAST);
    }

    public static boolean contains(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    /** {@code instant}, when within the range; otherwise an {@link InvalidInputException} on {@code field}. */
    public static Instant check(Instant instant, String field) {
        if (!contains(Require.present(instant, field))) {
            throw outOfRange(field, instant.toString());
        }
        return instant;
    }

    /** {@code day}, when within the range; otherwise an {@link InvalidInputException} on {@code field}. */
    public static LocalDate check(LocalDate day, String field) {
        if (!contains(Require.present(day, field))) {
            throw outOfRange(field, day.toString());
        }
        return day;
    }

    /** The message a refusal of {@code value} gives. */
    public static String outOfRangeMessage(String field, String value) {
        return field + " must lie between " + FIRST_TEXT + " and " + LAST_TEXT + " (UTC), got " + value;
    }

    private static InvalidInputException outOfRange(String field, String value) {
        return new InvalidInputException("INSTANT_OUT_OF_RANGE", field, outOfRangeMessage(field, value));
    }
}
