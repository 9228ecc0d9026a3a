package com.gaplens.adapters.mongo.rollup;

import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.port.out.RollupCells.StoredCell;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.RollupLevel;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.measurement.Audience;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * A roll-up cell as stored in {@value #COLLECTION}: one document per {@link CellAddress} of a tenant, written by
 * additions only ({@link MongoRollupCells}).
 *
 * <ul>
 *   <li>{@code _id}: a digest of the tenant and the address, so the same cell always has the same id, whoever adds to
 *       it; {@code tenant}, {@code brandId}: where the cell belongs (and its shard key);</li>
 *   <li>{@code level}, {@code audience}, the {@link KeyFields key fields} the level keeps (absent when without value),
 *       {@code time} (the day or month of the level's grain) and the time-bucket keys it covers: {@code day} and
 *       {@code week} for a day cell, {@code month}, {@code quarter}, {@code year} for all;</li>
 *   <li>the {@link SumFields sums};</li>
 *   <li>{@code v}: raised by every addition; {@code taken}: the tokens of the changes it took, above its {@code floor},
 *       below which it refuses any;</li>
 *   <li>for month cells, {@code changed} and {@code changedAt}: changed since last published, and since when
 *       ({@link com.gaplens.application.port.out.MonthCellFeed}).</li>
 * </ul>
 */
record CellDocument(
        String id, CellAddress address, CellSums sums, long version, Set<RollupToken> taken, RollupToken floor) {

    static final String COLLECTION = "rollup_cells";
    static final String ID = "_id";
    static final String TENANT = "tenant";
    static final String LEVEL = "level";
    static final String TIME = "time";
    static final String VERSION = "v";
    static final String TAKEN = "taken";
    static final String FLOOR = "floor";
    static final String CHANGED = "changed";
    static final String CHANGED_AT = "changedAt";

    /** The cell a stored document holds. */
    static CellDocument from(Document document) {
        RollupLevel level = RollupLevel.valueOf(document.getString(LEVEL));
        Map<GapDimension, String> keys = new EnumMap<>(GapDimension.class);
        for (GapDimension dimension : level.kept()) {
            if (document.get(KeyFields.of(dimension)) instanceof String value) {
                keys.put(dimension, value);
            }
        }
        CellAddress address = new CellAddress(
                level, Audience.valueOf(document.getString(KeyFields.AUDIENCE)), document.getString(TIME), keys);
        Set<RollupToken> taken = new HashSet<>();
        List<?> tokens = document.getList(TAKEN, Object.class);
        if (tokens != null) {
            tokens.forEach(token -> taken.add(new RollupToken((String) token)));
        }
        Object floor = document.get(FLOOR);
        return new CellDocument(
                document.getString(ID),
                address,
                SumFields.read(document),
                document.get(VERSION) instanceof Number v ? v.longValue() : 0,
                taken,
                floor instanceof String f ? new RollupToken(f) : RollupToken.lowest());
    }

    StoredCell stored() {
        return new StoredCell(address, sums, version, taken, floor);
    }

    /** The id of a tenant's cell: the same address always gives the same id. */
    static String idOf(String tenant, CellAddress address) {
        StringBuilder identity = new StringBuilder(160)
                .append(tenant)
                .append('\u0000')
                .append(address.level().name())
                .append('\u0000')
                .append(address.audience().name())
                .append('\u0000')
                .append(address.time());
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
     * What a new cell of {@code address} is created with, besides its id, tenant and brand (which its upsert's filter
     * gives it): its level, audience, keys, time keys and the lowest floor.
     */
    static Document created(CellAddress address) {
        Document fields = new Document(LEVEL, address.level().name())
                .append(KeyFields.AUDIENCE, address.audience().name())
                .append(TIME, address.time());
        address.keys().forEach((dimension, value) -> {
            if (dimension != GapDimension.BRAND) {
                fields.append(KeyFields.of(dimension), value);
            }
        });
        LocalDate start = address.level().grain() == RollupLevel.Grain.DAY
                ? LocalDate.parse(address.time())
                : YearMonth.parse(address.time()).atDay(1);
        var instant = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (address.level().grain() == RollupLevel.Grain.DAY) {
            fields.append(KeyFields.DAY, address.time()).append(KeyFields.WEEK, TimeBucket.WEEK.keyOf(instant));
        }
        fields.append(KeyFields.MONTH, TimeBucket.MONTH.keyOf(instant))
                .append(KeyFields.QUARTER, TimeBucket.QUARTER.keyOf(instant))
                .append(KeyFields.YEAR, TimeBucket.YEAR.keyOf(instant))
                .append(FLOOR, RollupToken.lowest().value());
        return fields;
    }
}
