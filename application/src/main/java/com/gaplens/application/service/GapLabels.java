package com.gaplens.application.service;

import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.listing.BrandFilter;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentVariantFilter;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.target.CommitmentWordings;
import com.gaplens.domain.target.Wording;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The labels of the keys of one answer: brands', brand values', touchpoints' and segments' names, and commitments'
 * wordings — of central commitments and of those segment variants add alike, from {@link CommitmentWordings}. Each
 * catalogue object is read at most once per answer; touchpoints and segments in one query each per page of groups.
 *
 * <p>Brand values and commitments are found among the brands the answer names (its filter, its {@code BRAND} keys);
 * when none is named, or the key is none of theirs, among every brand of the tenant.
 */
final class GapLabels {

    private final TenantId tenant;
    private final CatalogueRepositories catalogue;
    private final Map<BrandId, Optional<Brand>> brands = new LinkedHashMap<>();
    private final Map<BrandId, CommitmentWordings> wordings = new HashMap<>();
    private final Map<TouchpointId, Optional<String>> touchpoints = new HashMap<>();
    private final Map<SegmentId, Optional<String>> segments = new HashMap<>();
    private boolean everyBrandRead;

    GapLabels(TenantId tenant, CatalogueRepositories catalogue, GapFilter filter) {
        this.tenant = tenant;
        this.catalogue = catalogue;
        filter.on(GapDimension.BRAND).ifPresent(ids -> ids.forEach(id -> brand(new BrandId(id))));
    }

    /** Reads the touchpoints and segments these groups name, one query for each kind. */
    void readAll(Collection<GroupedCell> groups) {
        Set<TouchpointId> touchpointIds = new HashSet<>();
        Set<SegmentId> segmentIds = new HashSet<>();
        for (GroupedCell group : groups) {
            group.key(GapDimension.TOUCHPOINT)
                    .map(TouchpointId::new)
                    .filter(id -> !touchpoints.containsKey(id))
                    .ifPresent(touchpointIds::add);
            group.key(GapDimension.SEGMENT)
                    .map(SegmentId::new)
                    .filter(id -> !segments.containsKey(id))
                    .ifPresent(segmentIds::add);
        }
        if (!touchpointIds.isEmpty()) {
            catalogue
                    .touchpoints()
                    .findAll(tenant, touchpointIds)
                    .forEach(t -> touchpoints.put(t.id(), Optional.of(t.name().value())));
            touchpointIds.forEach(id -> touchpoints.putIfAbsent(id, Optional.empty()));
        }
        if (!segmentIds.isEmpty()) {
            catalogue
                    .segments()
                    .findAll(tenant, segmentIds)
                    .forEach(s -> segments.put(s.id(), Optional.of(s.name().value())));
            segmentIds.forEach(id -> segments.putIfAbsent(id, Optional.empty()));
        }
    }

    /** The labelled keys of a group. */
    Map<GapDimension, GapCell.Key> keys(GroupedCell group) {
        Map<GapDimension, GapCell.Key> keys = new LinkedHashMap<>();
        group.keys().forEach((dimension, value) -> keys.put(dimension, key(dimension, value)));
        return keys;
    }

    /** A key's value with its label. */
    GapCell.Key key(GapDimension dimension, String value) {
        Optional<String> label = switch (dimension) {
            case BRAND -> brand(new BrandId(value)).map(b -> b.name().value());
            case BRAND_VALUE -> brandValueName(new BrandValueId(value));
            case COMMITMENT -> wording(new CommitmentId(value)).map(Wording::text);
            case TOUCHPOINT ->
                touchpoints.computeIfAbsent(
                        new TouchpointId(value),
                        id -> catalogue
                                .touchpoints()
                                .find(tenant, id)
                                .map(t -> t.name().value()));
            case SEGMENT ->
                segments.computeIfAbsent(
                        new SegmentId(value),
                        id -> catalogue
                                .segments()
                                .find(tenant, id)
                                .map(s -> s.name().value()));
            default -> Optional.of(value);
        };
        return new GapCell.Key(value, label);
    }

    private Optional<Brand> brand(BrandId id) {
        return brands.computeIfAbsent(id, k -> catalogue.brands().find(tenant, k));
    }

    private Optional<String> brandValueName(BrandValueId id) {
        return amongBrands(brand -> brand.values().stream()
                .filter(value -> value.id().equals(id))
                .map(value -> value.name().value())
                .findFirst());
    }

    private Optional<Wording> wording(CommitmentId id) {
        return amongBrands(
                brand -> wordings.computeIfAbsent(brand.id(), this::wordingsOf).of(id));
    }

    /** The first answer {@code search} finds among the brands read, then, failing that, among every brand. */
    private <T> Optional<T> amongBrands(Function<Brand, Optional<T>> search) {
        Optional<T> found = searchBrandsRead(search);
        if (found.isEmpty() && !everyBrandRead) {
            readEveryBrand();
            found = searchBrandsRead(search);
        }
        return found;
    }

    private <T> Optional<T> searchBrandsRead(Function<Brand, Optional<T>> search) {
        for (Optional<Brand> brand : List.copyOf(brands.values())) {
            Optional<T> found = brand.flatMap(search);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private void readEveryBrand() {
        everyBrandRead = true;
        all(page -> catalogue.brands().list(tenant, BrandFilter.all(), page))
                .forEach(b -> brands.putIfAbsent(b.id(), Optional.of(b)));
    }

    /** The wordings of a brand's promise: its target experience's commitments and its variants' additions. */
    private CommitmentWordings wordingsOf(BrandId brand) {
        return catalogue
                .targets()
                .findByBrand(tenant, brand)
                .map(target -> CommitmentWordings.of(
                        target,
                        all(page ->
                                catalogue.variants().list(tenant, SegmentVariantFilter.ofTarget(target.id()), page))))
                .orElse(CommitmentWordings.none());
    }

    /** Every item of a listing, page after page. */
    private static <T> List<T> all(Function<PageRequest, Page<T>> listing) {
        List<T> items = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<T> page = listing.apply(request);
            items.addAll(page.items());
            if (!page.hasNextPage() || page.endCursor().isEmpty()) {
                return items;
            }
            request = request.after(page.endCursor().get());
        }
    }
}
