package com.gaplens.application.service;

import static com.gaplens.application.service.Lookups.atVersion;
import static com.gaplens.application.service.Lookups.found;

import com.gaplens.application.listing.Page;
import com.gaplens.application.port.in.ArchiveSegmentUseCase;
import com.gaplens.application.port.in.DefineSegmentUseCase;
import com.gaplens.application.port.in.GetSegmentUseCase;
import com.gaplens.application.port.in.ListSegmentsUseCase;
import com.gaplens.application.port.in.UpdateSegmentUseCase;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.IdGenerator;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/** Segments of brands. */
public final class SegmentService
        implements DefineSegmentUseCase,
                UpdateSegmentUseCase,
                ArchiveSegmentUseCase,
                GetSegmentUseCase,
                ListSegmentsUseCase {

    static final String NOT_FOUND = "SEGMENT_NOT_FOUND";

    private final SegmentRepository segments;
    private final BrandRepository brands;
    private final IdGenerator ids;

    public SegmentService(SegmentRepository segments, BrandRepository brands, IdGenerator ids) {
        this.segments = Require.present(segments, "segments");
        this.brands = Require.present(brands, "brands");
        this.ids = Require.present(ids, "ids");
    }

    @Override
    public Segment defineSegment(DefineSegmentCommand command) {
        Brand brand = found(
                brands.find(command.tenant(), command.brandId()), BrandService.NOT_FOUND, "brandId", command.brandId());
        brand.requireUsable("brandId");
        Segment segment = Segment.create(
                command.tenant(),
                new SegmentId(ids.newId()),
                brand.id(),
                command.kind(),
                command.name(),
                command.description());
        return segments.save(command.tenant(), segment);
    }

    @Override
    public Segment updateSegment(UpdateSegmentCommand command) {
        Segment segment = existing(command.tenant(), command.segmentId(), command.expectedVersion());
        segment.rename(command.name());
        segment.describe(command.description());
        segment.reclassify(command.kind());
        return segments.save(command.tenant(), segment);
    }

    @Override
    public Segment archiveSegment(ArchiveSegmentCommand command) {
        Segment segment = existing(command.tenant(), command.segmentId(), command.expectedVersion());
        segment.archive();
        return segments.save(command.tenant(), segment);
    }

    @Override
    public Optional<Segment> getSegment(GetSegmentQuery query) {
        return segments.find(query.tenant(), query.segmentId());
    }

    @Override
    public Page<Segment> listSegments(ListSegmentsQuery query) {
        return segments.list(query.tenant(), query.filter(), query.page());
    }

    private Segment existing(TenantId tenant, SegmentId id, Version expected) {
        Segment segment = found(segments.find(tenant, id), NOT_FOUND, "segmentId", id);
        return atVersion(segment, segment.version(), expected);
    }
}
