package com.gaplens.application.listing;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentKind;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Require;
import java.util.Optional;

/** Which segments of the tenant to list (every criterion given must hold), and in which order. */
public record SegmentFilter(
        Optional<BrandId> brand, Optional<SegmentKind> kind, Optional<LifecycleStatus> status, NameOrder order) {

    public SegmentFilter {
        Require.present(brand, "brand");
        Require.present(kind, "kind");
        Require.present(status, "status");
        Require.present(order, "order");
    }

    public static SegmentFilter all() {
        return new SegmentFilter(Optional.empty(), Optional.empty(), Optional.empty(), NameOrder.NAME_ASCENDING);
    }

    public static SegmentFilter ofBrand(BrandId brand) {
        return new SegmentFilter(Optional.of(brand), Optional.empty(), Optional.empty(), NameOrder.NAME_ASCENDING);
    }

    public boolean accepts(Segment segment) {
        return brand.map(b -> b.equals(segment.brandId())).orElse(true)
                && kind.map(k -> k == segment.kind()).orElse(true)
                && status.map(s -> s == segment.status()).orElse(true);
    }
}
