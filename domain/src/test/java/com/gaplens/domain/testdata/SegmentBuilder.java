package com.gaplens.domain.testdata;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.segment.SegmentKind;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/** Builds segments. By default: {@link TestIds#FORTY_FIVE_PLUS} "45 and over", PROFILE, of {@link TestIds#BRAND}, active. */
public final class SegmentBuilder {

    private TenantId tenant = TestIds.TENANT_A;
    private SegmentId id = TestIds.FORTY_FIVE_PLUS;
    private BrandId brand = TestIds.BRAND;
    private SegmentKind kind = SegmentKind.PROFILE;
    private String name = "45 and over";
    private LifecycleStatus status = LifecycleStatus.ACTIVE;
    private Version version = Version.NEW;

    public static SegmentBuilder aSegment() {
        return new SegmentBuilder();
    }

    public SegmentBuilder ofTenant(TenantId value) {
        this.tenant = value;
        return this;
    }

    public SegmentBuilder withId(SegmentId value) {
        this.id = value;
        return this;
    }

    public SegmentBuilder ofBrand(BrandId value) {
        this.brand = value;
        return this;
    }

    public SegmentBuilder ofKind(SegmentKind value) {
        this.kind = value;
        return this;
    }

    public SegmentBuilder named(String value) {
        this.name = value;
        return this;
    }

    public SegmentBuilder archived() {
        this.status = LifecycleStatus.ARCHIVED;
        return this;
    }

    public SegmentBuilder atVersion(long value) {
        this.version = Version.of(value);
        return this;
    }

    public Segment build() {
        return Segment.restore(tenant, id, brand, kind, Name.of(name), Optional.empty(), status, version);
    }
}
