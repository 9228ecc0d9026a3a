package com.gaplens.domain.impact;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A business metric an impact study reads, named by a stable code ({@code UPPER_SNAKE}, at most 64 characters),
 * with its {@link MetricKind} and its {@link Direction} of improvement.
 *
 * <p>The five standard metrics come from the sources ("a better experience means cheaper acquisition, better
 * retention and more revenue per customer through upsell and cross-sell"):
 * <ul>
 *   <li>{@link #ACQUISITION_COST}: continuous, lower is better;</li>
 *   <li>{@link #RETENTION}, {@link #UPSELL}, {@link #CROSS_SELL}: rates (share of customers), higher is better;</li>
 *   <li>{@link #REVENUE_PER_CUSTOMER}: continuous, higher is better.</li>
 * </ul>
 * A tenant defines its own with {@link #custom}. A standard code always means the standard metric: building one
 * with a standard code but another kind or direction is refused ({@code STANDARD_METRIC_REDEFINED}), so a
 * restored metric can never silently change meaning.
 */
public record ImpactMetric(String code, MetricKind kind, Direction direction) {

    public static final int MAX_CODE_LENGTH = 64;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    public static final ImpactMetric ACQUISITION_COST =
            new ImpactMetric("ACQUISITION_COST", MetricKind.CONTINUOUS, Direction.LOWER_IS_BETTER);
    public static final ImpactMetric RETENTION =
            new ImpactMetric("RETENTION", MetricKind.RATE, Direction.HIGHER_IS_BETTER);
    public static final ImpactMetric UPSELL = new ImpactMetric("UPSELL", MetricKind.RATE, Direction.HIGHER_IS_BETTER);
    public static final ImpactMetric CROSS_SELL =
            new ImpactMetric("CROSS_SELL", MetricKind.RATE, Direction.HIGHER_IS_BETTER);
    public static final ImpactMetric REVENUE_PER_CUSTOMER =
            new ImpactMetric("REVENUE_PER_CUSTOMER", MetricKind.CONTINUOUS, Direction.HIGHER_IS_BETTER);

    /** The standard metrics, in the order the sources give them. */
    public static final List<ImpactMetric> STANDARD =
            List.of(ACQUISITION_COST, RETENTION, UPSELL, CROSS_SELL, REVENUE_PER_CUSTOMER);

    public ImpactMetric {
        checkCode(code);
        Require.present(kind, "metric.kind");
        Require.present(direction, "metric.direction");
        standardDefinition(code).ifPresent(standard -> {
            if (standard.kind() != kind || standard.direction() != direction) {
                throw new InvalidInputException(
                        "STANDARD_METRIC_REDEFINED",
                        "metric.code",
                        code + " is a standard metric (" + standard.kind() + ", " + standard.direction()
                                + ") and cannot be redefined");
            }
        });
    }

    /** A tenant-defined metric; its code must not be one of the standard codes. */
    public static ImpactMetric custom(String code, MetricKind kind, Direction direction) {
        checkCode(code);
        if (standardDefinition(code).isPresent()) {
            throw new InvalidInputException(
                    "RESERVED_METRIC_CODE", "metric.code", code + " is a standard metric code; choose another code");
        }
        return new ImpactMetric(code, kind, direction);
    }

    /** The standard metric with this code, if there is one. */
    public static Optional<ImpactMetric> standard(String code) {
        return STANDARD.stream().filter(m -> m.code.equals(code)).findFirst();
    }

    /** Whether this is one of the five standard metrics. */
    public boolean isStandard() {
        return standardDefinition(code).isPresent();
    }

    private static void checkCode(String code) {
        Require.present(code, "metric.code");
        if (code.isEmpty()
                || code.length() > MAX_CODE_LENGTH
                || !CODE.matcher(code).matches()) {
            throw new InvalidInputException(
                    "MALFORMED_METRIC_CODE",
                    "metric.code",
                    "a metric code is UPPER_SNAKE_CASE, starts with a letter and has at most " + MAX_CODE_LENGTH
                            + " characters, got '" + code + "'");
        }
    }

    /** Kind and direction of a standard code; a switch, so it works while the constants are being built. */
    private static Optional<Definition> standardDefinition(String code) {
        return Optional.ofNullable(
                switch (code) {
                    case "ACQUISITION_COST" -> new Definition(MetricKind.CONTINUOUS, Direction.LOWER_IS_BETTER);
                    case "RETENTION", "UPSELL", "CROSS_SELL" ->
                        new Definition(MetricKind.RATE, Direction.HIGHER_IS_BETTER);
                    case "REVENUE_PER_CUSTOMER" -> new Definition(MetricKind.CONTINUOUS, Direction.HIGHER_IS_BETTER);
                    default -> null;
                });
    }

    private record Definition(MetricKind kind, Direction direction) {}
}
