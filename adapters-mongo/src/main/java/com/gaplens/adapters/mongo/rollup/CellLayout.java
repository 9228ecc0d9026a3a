package com.gaplens.adapters.mongo.rollup;

import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.RollupLevel;
import com.gaplens.domain.gap.TimeBucket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.bson.Document;

/**
 * Where a cell is stored: which document of {@value CellDocument#COLLECTION}, and where in it. Cells that a change
 * usually touches together share a document, so that a change writes few documents:
 *
 * <ul>
 *   <li>a <b>fine</b> document per key (every dimension, one audience) and month holds the cell of that month (its
 *       sums at the top level) and the cells of its days ({@code d.<dd>.…}): the {@link RollupLevel#MONTH} and
 *       {@link RollupLevel#DAY} cells of one key;</li>
 *   <li>a <b>cube</b> document per cube key and year holds the cube's cells of that year's months
 *       ({@code m.<mm>.…}).</li>
 * </ul>
 * A document's size is bounded by the calendar (31 days, 12 months), never by the measurements it counts. Each time
 * entry carries its own bucket keys (day, week, month, quarter, year), so that a read can group entries by any
 * bucket without computing one.
 */
final class CellLayout {

    /** The {@code level} of fine documents; cube documents carry their cube's name. */
    static final String FINE = "FINE";

    static final String DAYS = "d";
    static final String MONTHS = "m";

    private CellLayout() {}

    /** A cell's place: its document, and the prefix of its sums' fields in it ({@code ""} at the top level). */
    record Slot(String document, String prefix) {}

    static Slot of(String tenant, CellAddress address) {
        String document = documentId(tenant, address);
        return switch (address.level()) {
            case MONTH -> new Slot(document, "");
            case DAY -> new Slot(document, DAYS + "." + address.time().substring(8, 10) + ".");
            default -> new Slot(document, MONTHS + "." + address.time().substring(5, 7) + ".");
        };
    }

    /** The {@code level} field of the document a level's cells live in. */
    static String documentLevel(RollupLevel level) {
        return level.isCube() ? level.name() : FINE;
    }

    /** The time a document covers: a month for fine documents, a year for cube documents. */
    static String documentTime(CellAddress address) {
        return address.level().isCube() ? address.time().substring(0, 4) : address.month();
    }

    private static String documentId(String tenant, CellAddress address) {
        StringBuilder identity = new StringBuilder(160)
                .append(tenant)
                .append('\u0000')
                .append(documentLevel(address.level()))
                .append('\u0000')
                .append(address.audience().name())
                .append('\u0000')
                .append(documentTime(address));
        for (GapDimension dimension : address.level().kept()) {
            String value = address.keys().get(dimension);
            identity.append('\u0000').append(value == null ? "\u0001" : value);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(identity.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The fields a document is created with, besides its id, tenant, brand, sums and bookkeeping: its level, audience,
     * keys and time keys.
     */
    static Document identity(CellAddress address) {
        Document fields = new Document(CellDocument.LEVEL, documentLevel(address.level()))
                .append(KeyFields.AUDIENCE, address.audience().name());
        address.keys().forEach((dimension, value) -> {
            if (dimension != GapDimension.BRAND) {
                fields.append(KeyFields.of(dimension), value);
            }
        });
        if (address.level().isCube()) {
            fields.append(KeyFields.YEAR, address.time().substring(0, 4));
        } else {
            var month = YearMonth.parse(address.month())
                    .atDay(1)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
            fields.append(KeyFields.MONTH, address.month())
                    .append(KeyFields.QUARTER, TimeBucket.QUARTER.keyOf(month))
                    .append(KeyFields.YEAR, TimeBucket.YEAR.keyOf(month));
        }
        return fields;
    }

    /** The bucket keys of a day or cube-month entry, stored in the entry: {@code {day, week, month, quarter, year}}. */
    static Document entryKeys(CellAddress address) {
        LocalDate start = address.level() == RollupLevel.DAY
                ? LocalDate.parse(address.time())
                : YearMonth.parse(address.time()).atDay(1);
        var instant = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        Document keys = new Document();
        if (address.level() == RollupLevel.DAY) {
            keys.append(KeyFields.DAY, address.time()).append(KeyFields.WEEK, TimeBucket.WEEK.keyOf(instant));
        }
        return keys.append(KeyFields.MONTH, TimeBucket.MONTH.keyOf(instant))
                .append(KeyFields.QUARTER, TimeBucket.QUARTER.keyOf(instant))
                .append(KeyFields.YEAR, TimeBucket.YEAR.keyOf(instant));
    }
}
