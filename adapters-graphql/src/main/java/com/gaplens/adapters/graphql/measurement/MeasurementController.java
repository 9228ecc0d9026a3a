package com.gaplens.adapters.graphql.measurement;

import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.CallerTerms;
import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.adapters.graphql.support.Inputs;
import com.gaplens.application.port.in.RecordMeasurementsUseCase;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Accepted;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Conflict;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Duplicate;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.EmotionFields;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementFields;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementItem;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementOutcome;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.RecordMeasurementsCommand;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.RecordMeasurementsReport;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Rejected;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Totals;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.UnreadableItem;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.shared.DomainException;
import com.gaplens.domain.shared.ErrorKind;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.tenant.TenantId;
import graphql.schema.DataFetchingEnvironment;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Recording measurements, one by one or in batches, with a per-item report. */
@Controller
class MeasurementController {

    record EmotionInput(Emotion emotion, Double intensity) {

        static EmotionInput from(Map<String, Object> fields) {
            return new EmotionInput(enumOf(Emotion.class, fields.get("emotion")), (Double) fields.get("intensity"));
        }
    }

    record MeasurementInput(
            String externalId,
            String brandId,
            String touchpointId,
            ExperienceVariable variable,
            String segmentId,
            MeasurementMethod method,
            String scale,
            Double value,
            Integer sampleSize,
            Double stdDev,
            OffsetDateTime observedAt,
            EmotionInput emotion,
            String sourceReference,
            Audience audience) {

        /**
         * The item as GraphQL coerced it (a map whose names and value types the schema checked), read by hand: Spring's
         * reflective argument binding cost more than everything else the call does with an item, for thousands of
         * items per call.
         */
        @SuppressWarnings("unchecked")
        static MeasurementInput from(Map<String, Object> fields) {
            return new MeasurementInput(
                    (String) fields.get("externalId"),
                    (String) fields.get("brandId"),
                    (String) fields.get("touchpointId"),
                    enumOf(ExperienceVariable.class, fields.get("variable")),
                    (String) fields.get("segmentId"),
                    enumOf(MeasurementMethod.class, fields.get("method")),
                    (String) fields.get("scale"),
                    (Double) fields.get("value"),
                    (Integer) fields.get("sampleSize"),
                    (Double) fields.get("stdDev"),
                    (OffsetDateTime) fields.get("observedAt"),
                    fields.get("emotion") == null
                            ? null
                            : EmotionInput.from((Map<String, Object>) fields.get("emotion")),
                    (String) fields.get("sourceReference"),
                    enumOf(Audience.class, fields.get("audience")));
        }
    }

    /** A GraphQL enum value, as coerced (its name), as the Java enum of the same names. */
    private static <E extends Enum<E>> E enumOf(Class<E> type, Object value) {
        return value == null ? null : Enum.valueOf(type, value instanceof Enum<?> e ? e.name() : (String) value);
    }

    enum MeasurementStatus {
        ACCEPTED,
        DUPLICATE,
        CONFLICT,
        REJECTED
    }

    record MeasurementOutcomeView(
            int index,
            String externalId,
            MeasurementStatus status,
            String code,
            String reason,
            String field,
            String message) {

        /**
         * {@code outcome}, its field named under the path of its item ({@code input[3]} or {@code input}), its message
         * in the caller's terms (the ids the item sent, not the internal ones).
         */
        static MeasurementOutcomeView of(MeasurementOutcome outcome, MeasurementInput item, String itemPath) {
            String externalId = outcome.externalId().orElse(null);
            return switch (outcome) {
                case Accepted a ->
                    new MeasurementOutcomeView(
                            a.index(), externalId, MeasurementStatus.ACCEPTED, null, null, null, null);
                case Duplicate d ->
                    new MeasurementOutcomeView(
                            d.index(),
                            externalId,
                            MeasurementStatus.DUPLICATE,
                            null,
                            null,
                            null,
                            "already recorded with the same content; nothing was written");
                case Conflict c ->
                    new MeasurementOutcomeView(
                            c.index(),
                            externalId,
                            MeasurementStatus.CONFLICT,
                            ErrorKind.CONFLICT.name(),
                            Conflict.REASON,
                            itemPath + ".externalId",
                            "externalId " + externalId
                                    + " is already recorded with other content; nothing was overwritten");
                case Rejected r ->
                    new MeasurementOutcomeView(
                            r.index(),
                            externalId,
                            MeasurementStatus.REJECTED,
                            r.code().name(),
                            r.reason(),
                            r.field().map(f -> itemPath + "." + f).orElse(itemPath),
                            CallerTerms.of(r.message(), item, itemPath));
            };
        }
    }

    record MeasurementTotalsView(int accepted, int duplicates, int conflicts, int rejected) {
        static MeasurementTotalsView of(Totals totals) {
            return new MeasurementTotalsView(
                    totals.accepted(), totals.duplicates(), totals.conflicts(), totals.rejected());
        }
    }

    record RecordMeasurementsReportView(List<MeasurementOutcomeView> items, MeasurementTotalsView totals) {}

    private final RecordMeasurementsUseCase record;

    MeasurementController(RecordMeasurementsUseCase record) {
        this.record = record;
    }

    @MutationMapping
    RecordMeasurementsReportView recordMeasurements(DataFetchingEnvironment environment) {
        List<Map<String, Object>> fields = environment.getArgument("input");
        List<MeasurementInput> input = fields == null
                ? null
                : fields.stream().map(MeasurementInput::from).toList();
        TenantId tenant = CurrentCaller.get().tenant();
        RecordMeasurementsReport report = recordAll(tenant, input);
        return new RecordMeasurementsReportView(
                views(report, input, index -> "input[" + index + "]"), MeasurementTotalsView.of(report.totals()));
    }

    @MutationMapping
    MeasurementOutcomeView recordMeasurement(DataFetchingEnvironment environment) {
        Map<String, Object> fields = environment.getArgument("input");
        MeasurementInput input = fields == null ? null : MeasurementInput.from(fields);
        TenantId tenant = CurrentCaller.get().tenant();
        RecordMeasurementsReport report = recordAll(tenant, List.of(input));
        return views(report, List.of(input), index -> "input").getFirst();
    }

    private RecordMeasurementsReport recordAll(TenantId tenant, List<MeasurementInput> inputs) {
        if (inputs == null) {
            throw new InvalidInputException("REQUIRED", "input", "input is required");
        }
        List<MeasurementItem> items = new ArrayList<>(inputs.size());
        inputs.forEach(input -> items.add(item(input)));
        return Inputs.under("input", () -> record.recordMeasurements(new RecordMeasurementsCommand(tenant, items)));
    }

    private static List<MeasurementOutcomeView> views(
            RecordMeasurementsReport report, List<MeasurementInput> inputs, IntFunction<String> pathOf) {
        return report.items().stream()
                .map(outcome ->
                        MeasurementOutcomeView.of(outcome, inputs.get(outcome.index()), pathOf.apply(outcome.index())))
                .toList();
    }

    /** The item's fields, or the failure met reading them (its field relative to the item). */
    private static MeasurementItem item(MeasurementInput input) {
        try {
            return new MeasurementFields(
                    input.externalId(),
                    GlobalIds.brand(input.brandId(), "brandId"),
                    GlobalIds.touchpoint(input.touchpointId(), "touchpointId"),
                    input.variable(),
                    Optional.ofNullable(input.segmentId()).map(id -> GlobalIds.segment(id, "segmentId")),
                    input.method(),
                    input.scale(),
                    required(input.value(), "value"),
                    input.sampleSize() == null ? OptionalInt.empty() : OptionalInt.of(input.sampleSize()),
                    input.stdDev() == null ? OptionalDouble.empty() : OptionalDouble.of(input.stdDev()),
                    Inputs.instant(input.observedAt())
                            .orElseThrow(() ->
                                    new InvalidInputException("REQUIRED", "observedAt", "observedAt is required")),
                    Optional.ofNullable(input.emotion())
                            .map(e -> new EmotionFields(
                                    Inputs.under("emotion", () -> required(e.emotion(), "emotion")),
                                    Inputs.under("emotion", () -> required(e.intensity(), "intensity")))),
                    Optional.ofNullable(input.sourceReference()),
                    input.audience() == null ? Audience.CUSTOMER : input.audience());
        } catch (DomainException unreadable) {
            return new UnreadableItem(Optional.ofNullable(input.externalId()), unreadable);
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException("REQUIRED", field, field + " is required");
        }
        return value;
    }
}
