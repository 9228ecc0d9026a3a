package com.gaplens.bootstrap.demo;

import com.gaplens.bootstrap.demo.DemoBrand.SegmentSpec;
import com.gaplens.bootstrap.demo.DemoBrand.TouchpointSpec;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The demo brand as defined in one tenant: the ids its measurements refer to.
 *
 * @param inForceFrom when its target experience and variants came into force
 */
public record DemoCatalogue(
        BrandId brand,
        List<DemoTouchpoint> touchpoints,
        Map<SegmentSpec, SegmentId> segments,
        TargetExperienceId targetExperience,
        Instant inForceFrom) {

    public DemoCatalogue {
        touchpoints = List.copyOf(touchpoints);
        segments = Map.copyOf(segments);
    }

    public DemoTouchpoint touchpoint(String name) {
        return touchpoints.stream()
                .filter(t -> t.spec().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo touchpoint " + name));
    }

    public record DemoTouchpoint(TouchpointId id, TouchpointSpec spec) {}
}
