package com.gaplens.application.service;

import com.gaplens.application.port.in.ListScalesUseCase;
import com.gaplens.application.port.in.ListScalesUseCase.AvailableScale;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementFields;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementItem;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue one batch names, read once for the whole batch. */
record BatchCatalogue(
        Map<BrandId, Optional<Brand>> brands,
        Map<TouchpointId, Touchpoint> touchpoints,
        Map<SegmentId, Segment> segments,
        Map<String, Optional<AvailableScale>> scales) {

    static BatchCatalogue load(
            TenantId tenant,
            List<MeasurementItem> items,
            BrandRepository brandRepository,
            TouchpointRepository touchpointRepository,
            SegmentRepository segmentRepository,
            ListScalesUseCase scaleLookup) {
        Set<BrandId> brandIds = new HashSet<>();
        Set<TouchpointId> touchpointIds = new HashSet<>();
        Set<SegmentId> segmentIds = new HashSet<>();
        Set<String> scaleCodes = new HashSet<>();
        for (MeasurementItem item : items) {
            if (item instanceof MeasurementFields fields) {
                brandIds.add(fields.brandId());
                touchpointIds.add(fields.touchpointId());
                fields.segmentId().ifPresent(segmentIds::add);
                scaleCodes.add(fields.scale());
            }
        }
        Map<BrandId, Optional<Brand>> brands = new HashMap<>();
        brandIds.forEach(id -> brands.put(id, brandRepository.find(tenant, id)));
        Map<TouchpointId, Touchpoint> touchpoints = touchpointIds.isEmpty()
                ? Map.of()
                : touchpointRepository.findAll(tenant, touchpointIds).stream()
                        .collect(Collectors.toMap(Touchpoint::id, Function.identity()));
        Map<SegmentId, Segment> segments = segmentIds.isEmpty()
                ? Map.of()
                : segmentRepository.findAll(tenant, segmentIds).stream()
                        .collect(Collectors.toMap(Segment::id, Function.identity()));
        Map<String, Optional<AvailableScale>> scales = new HashMap<>();
        scaleCodes.forEach(code -> scales.put(code, findScale(tenant, code, scaleLookup)));
        return new BatchCatalogue(brands, touchpoints, segments, scales);
    }

    private static Optional<AvailableScale> findScale(TenantId tenant, String code, ListScalesUseCase lookup) {
        ScaleCode scaleCode;
        try {
            scaleCode = new ScaleCode(code);
        } catch (InvalidInputException malformed) {
            return Optional.empty(); // reported per item by scale(code)
        }
        return lookup.findScale(tenant, scaleCode);
    }

    Brand brand(BrandId id) {
        Brand brand = brands.get(id)
                .orElseThrow(() -> new NotFoundException(BrandService.NOT_FOUND, "brandId", "no brand " + id));
        brand.requireUsable("brandId");
        return brand;
    }

    Touchpoint touchpoint(TouchpointId id, BrandId brand) {
        Touchpoint touchpoint = Optional.ofNullable(touchpoints.get(id))
                .filter(t -> t.brandId().equals(brand))
                .orElseThrow(() -> new NotFoundException(
                        TouchpointService.NOT_FOUND, "touchpointId", "brand " + brand + " has no touchpoint " + id));
        touchpoint.requireUsable("touchpointId");
        return touchpoint;
    }

    Segment segment(SegmentId id, BrandId brand) {
        Segment segment = Optional.ofNullable(segments.get(id))
                .filter(s -> s.brandId().equals(brand))
                .orElseThrow(() -> new NotFoundException(
                        SegmentService.NOT_FOUND, "segmentId", "brand " + brand + " has no segment " + id));
        segment.requireUsable("segmentId");
        return segment;
    }

    AvailableScale scale(String code) {
        try {
            new ScaleCode(code);
        } catch (InvalidInputException malformed) {
            throw new InvalidInputException(malformed.reason(), "scale", malformed.getMessage());
        }
        AvailableScale scale = scales.get(code)
                .orElseThrow(() -> new NotFoundException(ScaleService.NOT_FOUND, "scale", "no scale " + code));
        if (scale.status() != LifecycleStatus.ACTIVE) {
            throw new InvalidInputException(
                    "ARCHIVED_REFERENCE", "scale", "scale " + code + " is archived and cannot be used");
        }
        return scale;
    }
}
