package com.gaplens.domain.scale;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scales every tenant has, as DOMAIN.md lists them. Their codes are reserved: a tenant cannot
 * define a scale with one of them.
 *
 * <table>
 *   <caption>Standard scales</caption>
 *   <tr><th>code</th><th>native range</th><th>direction</th><th>share</th><th>note</th></tr>
 *   <tr><td>NPS</td><td>−100…100</td><td>higher</td><td>no</td><td>score = (nps + 100)/2</td></tr>
 *   <tr><td>CSAT_5</td><td>1…5</td><td>higher</td><td>no</td><td>the mean maps linearly; a CSAT % goes on PERCENT</td></tr>
 *   <tr><td>CES_7</td><td>1…7</td><td>lower</td><td>no</td><td>lower effort is better: reversed</td></tr>
 *   <tr><td>LIKERT_5</td><td>1…5</td><td>higher</td><td>no</td><td></td></tr>
 *   <tr><td>LIKERT_7</td><td>1…7</td><td>higher</td><td>no</td><td></td></tr>
 *   <tr><td>PERCENT</td><td>0…100</td><td>higher</td><td>yes</td><td>a share, e.g. customers served in time</td></tr>
 *   <tr><td>SENTIMENT</td><td>−1…1</td><td>higher</td><td>no</td><td>social and complaint text polarity</td></tr>
 *   <tr><td>COMPLAINT_RATE</td><td>0…100</td><td>lower</td><td>yes</td><td>% of customers who complained: reversed</td></tr>
 * </table>
 *
 * All use the default dispersion {@link Scale#UNIFORM_DISPERSION} when they are not shares.
 */
public final class StandardScales {

    public static final Scale NPS = standard("NPS", "Net Promoter Score", -100, 100, Direction.HIGHER_IS_BETTER, false);
    public static final Scale CSAT_5 =
            standard("CSAT_5", "Customer satisfaction (1–5)", 1, 5, Direction.HIGHER_IS_BETTER, false);
    public static final Scale CES_7 =
            standard("CES_7", "Customer effort score (1–7)", 1, 7, Direction.LOWER_IS_BETTER, false);
    public static final Scale LIKERT_5 = standard("LIKERT_5", "Likert (1–5)", 1, 5, Direction.HIGHER_IS_BETTER, false);
    public static final Scale LIKERT_7 = standard("LIKERT_7", "Likert (1–7)", 1, 7, Direction.HIGHER_IS_BETTER, false);
    public static final Scale PERCENT =
            standard("PERCENT", "Percentage of customers", 0, 100, Direction.HIGHER_IS_BETTER, true);
    public static final Scale SENTIMENT =
            standard("SENTIMENT", "Text sentiment polarity (−1–1)", -1, 1, Direction.HIGHER_IS_BETTER, false);
    public static final Scale COMPLAINT_RATE =
            standard("COMPLAINT_RATE", "Complaint rate (% of customers)", 0, 100, Direction.LOWER_IS_BETTER, true);

    private static final List<Scale> ALL =
            List.of(NPS, CSAT_5, CES_7, LIKERT_5, LIKERT_7, PERCENT, SENTIMENT, COMPLAINT_RATE);

    private static final Map<ScaleCode, Scale> BY_CODE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Scale::code, Function.identity()));

    private StandardScales() {}

    /** Every standard scale, in the order of the table above. */
    public static List<Scale> all() {
        return ALL;
    }

    /** The standard scale with this code, if it is one. */
    public static Optional<Scale> byCode(ScaleCode code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** Whether the code belongs to a standard scale (and is therefore reserved). */
    public static boolean isStandard(ScaleCode code) {
        return BY_CODE.containsKey(code);
    }

    private static Scale standard(
            String code, String name, double min, double max, Direction direction, boolean share) {
        return new Scale(new ScaleCode(code), name, min, max, direction, share, Scale.UNIFORM_DISPERSION);
    }
}
