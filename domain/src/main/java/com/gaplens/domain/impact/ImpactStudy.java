package com.gaplens.domain.impact;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An exposed-versus-control study of an experience initiative on business metrics (aggregate root).
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>It belongs to one tenant and one brand, and is invisible to every other tenant
 *       ({@link #ensureVisibleTo}).</li>
 *   <li>Its {@link StudyDefinition} holds: initiative text, a period {@code from ≤ to}, at least one metric with
 *       unique codes, optional exposed segment, targeted touchpoints and commitments.</li>
 *   <li>Data is kept per metric and {@link StudyGroup}, and only for the study's metrics
 *       ({@code UNKNOWN_METRIC}, not found, on {@code metric}); it is of the metric's kind
 *       ({@code DATA_KIND_MISMATCH} on {@code observations} / {@code summary}).</li>
 *   <li>One metric and group use <em>one</em> {@link DataRoute}: per-customer observations (in batches, which add
 *       up) or a summary (a new summary replaces the previous one). Recording the other route on top is refused
 *       with {@code MIXED_DATA_ROUTES} (a {@link ConflictException}); {@link #discardData} empties the slot to
 *       switch routes deliberately.</li>
 *   <li>Observation batches are idempotent: a batch id already recorded with the same metric, group and content is
 *       {@link RecordOutcome.AlreadyRecorded}; with anything different it is {@code BATCH_CONTENT_CONFLICT}
 *       (conflict, on {@code batchId}). Empty batches are refused ({@code EMPTY_BATCH}).</li>
 * </ul>
 * Results are computed on demand by {@link ImpactAnalysis}, one per metric, in the order of the definition.
 *
 * <p>Its {@link Version} is the optimistic-concurrency token of the outbound ports: {@link Version#NEW} until first
 * stored; two writers recording data at once cannot lose each other's batches.
 */
public final class ImpactStudy {

    private final ImpactStudyId id;
    private final TenantId tenantId;
    private final BrandId brandId;
    private final StudyDefinition definition;
    private final Version version;
    private final Map<ObservationBatchId, ObservationBatch> batches = new LinkedHashMap<>();
    private final Set<Slot> observed = new HashSet<>();
    private final Map<Slot, Summary> summaries = new LinkedHashMap<>();

    private ImpactStudy(
            ImpactStudyId id, TenantId tenantId, BrandId brandId, StudyDefinition definition, Version version) {
        this.id = Require.present(id, "impactStudyId");
        this.tenantId = Require.present(tenantId, "tenantId");
        this.brandId = Require.present(brandId, "brandId");
        this.definition = Require.present(definition, "definition");
        this.version = Require.present(version, "version");
    }

    /** A new study, with no data yet. */
    public static ImpactStudy create(ImpactStudyId id, TenantId tenantId, BrandId brandId, StudyDefinition definition) {
        return new ImpactStudy(id, tenantId, brandId, definition, Version.NEW);
    }

    /**
     * A study as persisted: its definition, then its batches and summaries replayed through the same rules as when
     * they were first recorded, so a restored study is never half-valid.
     */
    public static ImpactStudy restore(
            ImpactStudyId id,
            TenantId tenantId,
            BrandId brandId,
            StudyDefinition definition,
            List<ObservationBatch> batches,
            List<SummaryRecord> summaries,
            Version version) {
        ImpactStudy study = new ImpactStudy(id, tenantId, brandId, definition, version);
        Require.noNulls(batches, "batches");
        Require.noNulls(summaries, "summaries");
        for (ObservationBatch batch : batches) {
            study.recordObservations(batch.metricCode(), batch.group(), batch.id(), batch.observations());
        }
        for (SummaryRecord summary : summaries) {
            study.recordSummary(summary.metricCode(), summary.group(), summary.summary());
        }
        return study;
    }

    public ImpactStudyId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public BrandId brandId() {
        return brandId;
    }

    public StudyDefinition definition() {
        return definition;
    }

    /** How many times the study has been stored ({@link Version#NEW} before the first time). */
    public Version version() {
        return version;
    }

    /** The number of per-customer observations recorded, over every metric and group. */
    public long observationCount() {
        return batches.values().stream().mapToLong(b -> b.observations().n()).sum();
    }

    /** Fails with {@code IMPACT_STUDY_NOT_FOUND} unless the study belongs to {@code caller}'s tenant. */
    public void ensureVisibleTo(TenantId caller) {
        if (!tenantId.equals(caller)) {
            throw new NotFoundException("IMPACT_STUDY_NOT_FOUND", "impactStudyId", "no impact study " + id);
        }
    }

    /**
     * Adds a batch of per-customer observations for one metric and group.
     *
     * @return {@link RecordOutcome.Recorded}, or {@link RecordOutcome.AlreadyRecorded} for a replay of the same batch
     */
    public RecordOutcome recordObservations(
            String metricCode, StudyGroup group, ObservationBatchId batchId, Observations batch) {
        ImpactMetric metric = metric(metricCode);
        Require.present(group, "group");
        Require.present(batchId, "batchId");
        Require.present(batch, "observations");
        ObservationBatch candidate = new ObservationBatch(batchId, metric.code(), group, batch);
        ObservationBatch known = batches.get(batchId);
        if (known != null) {
            if (known.equals(candidate)) {
                return new RecordOutcome.AlreadyRecorded(batchId);
            }
            throw new ConflictException(
                    "BATCH_CONTENT_CONFLICT",
                    "batchId",
                    "batch " + batchId + " was already recorded with other content; use a new batch id for new data");
        }
        requireKind(metric, batch, "observations");
        if (batch.n() == 0) {
            throw new InvalidInputException("EMPTY_BATCH", "observations", "a batch holds at least one observation");
        }
        Slot slot = new Slot(metric.code(), group);
        if (summaries.containsKey(slot)) {
            throw mixedRoutes(metric, group, "observations", "a summary");
        }
        observed.add(slot);
        batches.put(batchId, candidate);
        return new RecordOutcome.Recorded(batchId, batch.n());
    }

    /** Sets the summary of one metric and group, replacing any earlier summary of the same slot. */
    public void recordSummary(String metricCode, StudyGroup group, Summary summary) {
        ImpactMetric metric = metric(metricCode);
        Require.present(group, "group");
        Require.present(summary, "summary");
        requireKind(metric, summary, "summary");
        Slot slot = new Slot(metric.code(), group);
        if (observed.contains(slot)) {
            throw mixedRoutes(metric, group, "summary", "per-customer observations");
        }
        summaries.put(slot, summary);
    }

    /** Forgets every observation batch or summary of one metric and group, e.g. to switch data routes. */
    public void discardData(String metricCode, StudyGroup group) {
        ImpactMetric metric = metric(metricCode);
        Require.present(group, "group");
        Slot slot = new Slot(metric.code(), group);
        observed.remove(slot);
        summaries.remove(slot);
        batches.values().removeIf(b -> b.metricCode().equals(metric.code()) && b.group() == group);
    }

    /** The data of one metric and group: all its observations in recording order, or its summary. */
    public Optional<GroupData> data(String metricCode, StudyGroup group) {
        Slot slot = new Slot(metric(metricCode).code(), Require.present(group, "group"));
        if (observed.contains(slot)) {
            return batches.values().stream()
                    .filter(b -> b.metricCode().equals(slot.metricCode()) && b.group() == slot.group())
                    .map(ObservationBatch::observations)
                    .reduce(Observations::append)
                    .map(GroupData.class::cast);
        }
        return Optional.ofNullable(summaries.get(slot));
    }

    /** The reading of one metric. */
    public ImpactResult result(String metricCode) {
        ImpactMetric metric = metric(metricCode);
        return ImpactAnalysis.analyse(
                metric, dataOrEmpty(metric, StudyGroup.EXPOSED), dataOrEmpty(metric, StudyGroup.CONTROL));
    }

    /** The reading of every metric, in the order of the definition. */
    public List<ImpactResult> results() {
        return definition.metrics().stream().map(m -> result(m.code())).toList();
    }

    /** Every observation batch, in recording order (for persistence). */
    public List<ObservationBatch> observationBatches() {
        return List.copyOf(batches.values());
    }

    /** Every summary (for persistence). */
    public List<SummaryRecord> summaries() {
        List<SummaryRecord> records = new ArrayList<>();
        summaries.forEach((slot, summary) -> records.add(new SummaryRecord(slot.metricCode(), slot.group(), summary)));
        return List.copyOf(records);
    }

    private GroupData dataOrEmpty(ImpactMetric metric, StudyGroup group) {
        return data(metric.code(), group).orElseGet(() -> switch (metric.kind()) {
            case CONTINUOUS -> new ContinuousSummary(0, 0, 0);
            case RATE -> new RateSummary(0, 0);
        });
    }

    private ImpactMetric metric(String metricCode) {
        Require.present(metricCode, "metric");
        return definition
                .metric(metricCode)
                .orElseThrow(() -> new NotFoundException(
                        "UNKNOWN_METRIC", "metric", "impact study " + id + " does not read a metric " + metricCode));
    }

    private static void requireKind(ImpactMetric metric, GroupData data, String field) {
        if (data.kind() != metric.kind()) {
            throw new InvalidInputException(
                    "DATA_KIND_MISMATCH",
                    field,
                    metric.code() + " is a " + metric.kind() + " metric and cannot take " + data.kind() + " data");
        }
    }

    private static ConflictException mixedRoutes(ImpactMetric metric, StudyGroup group, String field, String existing) {
        return new ConflictException(
                "MIXED_DATA_ROUTES",
                field,
                metric.code() + " for the " + group + " group already has " + existing
                        + "; one group and metric take either per-customer observations or a summary, not both"
                        + " (discard the data first to switch)");
    }

    private record Slot(String metricCode, StudyGroup group) {}
}
