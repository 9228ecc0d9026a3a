package com.gaplens.domain.impact;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test-data builder for impact studies: sensible defaults, override what the test is about. */
public final class ImpactStudyBuilder {

    public static final TenantId TENANT = new TenantId("tenant-a");
    public static final BrandId BRAND = new BrandId("brand-1");

    private ImpactStudyId id = new ImpactStudyId("study-1");
    private TenantId tenant = TENANT;
    private BrandId brand = BRAND;
    private String initiative = "Same-day home delivery with a fitting at the door";
    private StudyPeriod period = new StudyPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
    private final List<ImpactMetric> metrics = new ArrayList<>();
    private Optional<SegmentId> segment = Optional.empty();
    private Set<TouchpointId> touchpoints = Set.of();
    private Set<CommitmentReference> commitments = Set.of();

    private ImpactStudyBuilder() {}

    public static ImpactStudyBuilder aStudy() {
        return new ImpactStudyBuilder();
    }

    public ImpactStudyBuilder id(String value) {
        this.id = new ImpactStudyId(value);
        return this;
    }

    public ImpactStudyBuilder tenant(TenantId value) {
        this.tenant = value;
        return this;
    }

    public ImpactStudyBuilder reading(ImpactMetric... values) {
        metrics.addAll(List.of(values));
        return this;
    }

    public ImpactStudyBuilder forSegment(String value) {
        this.segment = Optional.of(new SegmentId(value));
        return this;
    }

    public ImpactStudyBuilder targeting(Set<TouchpointId> touchpointIds, Set<CommitmentReference> commitmentIds) {
        this.touchpoints = touchpointIds;
        this.commitments = commitmentIds;
        return this;
    }

    public StudyDefinition definition() {
        List<ImpactMetric> read = metrics.isEmpty() ? ImpactMetric.STANDARD : metrics;
        return new StudyDefinition(initiative, period, read, segment, touchpoints, commitments);
    }

    public ImpactStudy build() {
        return ImpactStudy.create(id, tenant, brand, definition());
    }
}
