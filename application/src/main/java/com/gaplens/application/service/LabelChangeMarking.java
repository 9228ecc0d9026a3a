package com.gaplens.application.service;

import com.gaplens.application.bi.LabelSource;
import com.gaplens.application.listing.BrandFilter;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentFilter;
import com.gaplens.application.listing.SegmentVariantFilter;
import com.gaplens.application.listing.TargetExperienceFilter;
import com.gaplens.application.listing.TouchpointFilter;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.LabelChangeFeed;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.SegmentVariantId;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue repositories, marking in a {@link LabelChangeFeed} every object about to be saved (with the version
 * the save stores) before saving it: how the BI publication learns, at the cost of one mark per save, which labels
 * to copy. A save that fails after its mark leaves a mark its publisher clears after a grace period.
 */
public final class LabelChangeMarking {

    private LabelChangeMarking() {}

    public static BrandRepository brands(BrandRepository delegate, LabelChangeFeed marks) {
        return new BrandRepository() {
            @Override
            public Optional<Brand> find(TenantId tenant, BrandId id) {
                return delegate.find(tenant, id);
            }

            @Override
            public Page<Brand> list(TenantId tenant, BrandFilter filter, PageRequest page) {
                return delegate.list(tenant, filter, page);
            }

            @Override
            public Brand save(TenantId tenant, Brand brand) {
                marks.markChanged(
                        tenant,
                        new LabelSource.OfBrand(brand.id()),
                        brand.version().next().value());
                return delegate.save(tenant, brand);
            }
        };
    }

    public static TouchpointRepository touchpoints(TouchpointRepository delegate, LabelChangeFeed marks) {
        return new TouchpointRepository() {
            @Override
            public Optional<Touchpoint> find(TenantId tenant, TouchpointId id) {
                return delegate.find(tenant, id);
            }

            @Override
            public List<Touchpoint> findAll(TenantId tenant, Set<TouchpointId> ids) {
                return delegate.findAll(tenant, ids);
            }

            @Override
            public Page<Touchpoint> list(TenantId tenant, TouchpointFilter filter, PageRequest page) {
                return delegate.list(tenant, filter, page);
            }

            @Override
            public Touchpoint save(TenantId tenant, Touchpoint touchpoint) {
                marks.markChanged(
                        tenant,
                        new LabelSource.OfTouchpoint(touchpoint.id()),
                        touchpoint.version().next().value());
                return delegate.save(tenant, touchpoint);
            }
        };
    }

    public static SegmentRepository segments(SegmentRepository delegate, LabelChangeFeed marks) {
        return new SegmentRepository() {
            @Override
            public Optional<Segment> find(TenantId tenant, SegmentId id) {
                return delegate.find(tenant, id);
            }

            @Override
            public List<Segment> findAll(TenantId tenant, Set<SegmentId> ids) {
                return delegate.findAll(tenant, ids);
            }

            @Override
            public Page<Segment> list(TenantId tenant, SegmentFilter filter, PageRequest page) {
                return delegate.list(tenant, filter, page);
            }

            @Override
            public Segment save(TenantId tenant, Segment segment) {
                marks.markChanged(
                        tenant,
                        new LabelSource.OfSegment(segment.id()),
                        segment.version().next().value());
                return delegate.save(tenant, segment);
            }
        };
    }

    public static TargetExperienceRepository targets(TargetExperienceRepository delegate, LabelChangeFeed marks) {
        return new TargetExperienceRepository() {
            @Override
            public Optional<TargetExperience> find(TenantId tenant, TargetExperienceId id) {
                return delegate.find(tenant, id);
            }

            @Override
            public Optional<TargetExperience> findByBrand(TenantId tenant, BrandId brand) {
                return delegate.findByBrand(tenant, brand);
            }

            @Override
            public Page<TargetExperience> list(TenantId tenant, TargetExperienceFilter filter, PageRequest page) {
                return delegate.list(tenant, filter, page);
            }

            @Override
            public TargetExperience save(TenantId tenant, TargetExperience target) {
                marks.markChanged(
                        tenant,
                        new LabelSource.OfTargetExperience(target.id()),
                        target.version().next().value());
                return delegate.save(tenant, target);
            }
        };
    }

    public static SegmentVariantRepository variants(SegmentVariantRepository delegate, LabelChangeFeed marks) {
        return new SegmentVariantRepository() {
            @Override
            public Optional<SegmentVariant> find(TenantId tenant, SegmentVariantId id) {
                return delegate.find(tenant, id);
            }

            @Override
            public Optional<SegmentVariant> findFor(TenantId tenant, TargetExperienceId target, SegmentId segment) {
                return delegate.findFor(tenant, target, segment);
            }

            @Override
            public Page<SegmentVariant> list(TenantId tenant, SegmentVariantFilter filter, PageRequest page) {
                return delegate.list(tenant, filter, page);
            }

            @Override
            public SegmentVariant save(TenantId tenant, SegmentVariant variant) {
                marks.markChanged(
                        tenant,
                        new LabelSource.OfSegmentVariant(variant.id()),
                        variant.version().next().value());
                return delegate.save(tenant, variant);
            }
        };
    }
}
