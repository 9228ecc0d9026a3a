package com.gaplens.application.service;

import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.domain.shared.Require;

/**
 * The catalogue the gap views read their labels from: names of brands, brand values, touchpoints and segments, and
 * the wording of every commitment, central or added by a segment variant.
 */
public record CatalogueRepositories(
        BrandRepository brands,
        TouchpointRepository touchpoints,
        SegmentRepository segments,
        TargetExperienceRepository targets,
        SegmentVariantRepository variants) {

    public CatalogueRepositories {
        Require.present(brands, "brands");
        Require.present(touchpoints, "touchpoints");
        Require.present(segments, "segments");
        Require.present(targets, "targets");
        Require.present(variants, "variants");
    }
}
