package com.gaplens.adapters.mongo.rollup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bson.Document;

/**
 * What a roll-up cell is keyed by, besides its tenant and time: every dimension a gap view filters or groups on.
 * {@code segment}, {@code commitment} and {@code brandValue} are null when the measurements have none. The same
 * field names are used on raw measurements and on cells, so a cell's key is read from either.
 *
 * <p>A cell's {@code _id} is a digest of its grain, tenant, time key and key: the same cell always gets the same
 * id, whoever computes it, which is what makes recomputing and replacing it idempotent.
 */
public record CellKey(
        String brand,
        String audience,
        String touchpoint,
        String phase,
        String channel,
        String variable,
        String family,
        String dimension,
        String segment,
        String method,
        String commitment,
        String brandValue) {

    public static final String BRAND = "brandId";
    public static final String AUDIENCE = "audience";
    public static final String TOUCHPOINT = "touchpointId";
    public static final String PHASE = "phase";
    public static final String CHANNEL = "channel";
    public static final String VARIABLE = "variable";
    public static final String FAMILY = "family";
    public static final String DIMENSION = "dimension";
    public static final String SEGMENT = "segmentId";
    public static final String METHOD = "method";
    public static final String COMMITMENT = "commitmentId";
    public static final String BRAND_VALUE = "brandValueId";

    static final String[] FIELDS = {
        BRAND,
        AUDIENCE,
        TOUCHPOINT,
        PHASE,
        CHANNEL,
        VARIABLE,
        FAMILY,
        DIMENSION,
        SEGMENT,
        METHOD,
        COMMITMENT,
        BRAND_VALUE
    };

    /** The key of a raw measurement or a cell document. */
    static CellKey of(Document document) {
        return new CellKey(
                document.getString(BRAND),
                document.getString(AUDIENCE),
                document.getString(TOUCHPOINT),
                document.getString(PHASE),
                document.getString(CHANNEL),
                document.getString(VARIABLE),
                document.getString(FAMILY),
                document.getString(DIMENSION),
                document.getString(SEGMENT),
                document.getString(METHOD),
                document.getString(COMMITMENT),
                document.getString(BRAND_VALUE));
    }

    /** The id of the day cell of this key on {@code day} ({@code 2026-11-23}). */
    public String dayCell(String tenant, String day) {
        return digest(tenant, Grain.DAY, day);
    }

    /** The id of the month cell of this key in {@code month} ({@code 2026-11}). */
    public String monthCell(String tenant, String month) {
        return digest(tenant, Grain.MONTH, month);
    }

    /** Writes the key's fields into {@code document} (nulls as absent fields). */
    void writeTo(Document document) {
        put(document, BRAND, brand);
        put(document, AUDIENCE, audience);
        put(document, TOUCHPOINT, touchpoint);
        put(document, PHASE, phase);
        put(document, CHANNEL, channel);
        put(document, VARIABLE, variable);
        put(document, FAMILY, family);
        put(document, DIMENSION, dimension);
        put(document, SEGMENT, segment);
        put(document, METHOD, method);
        put(document, COMMITMENT, commitment);
        put(document, BRAND_VALUE, brandValue);
    }

    private static void put(Document document, String field, String value) {
        if (value != null) {
            document.put(field, value);
        }
    }

    private String digest(String tenant, Grain grain, String time) {
        StringBuilder text = new StringBuilder()
                .append(tenant)
                .append('\u0000')
                .append(grain)
                .append('\u0000')
                .append(time);
        for (String part : new String[] {
            brand,
            audience,
            touchpoint,
            phase,
            channel,
            variable,
            family,
            dimension,
            segment,
            method,
            commitment,
            brandValue
        }) {
            text.append('\u0000').append(part == null ? "\u0001" : part);
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The time grains cells are kept at. */
    public enum Grain {
        DAY,
        MONTH
    }
}
