package com.gaplens.application.listing;

import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Require;
import java.util.Optional;

/** Which brands of the tenant to list, and in which order. */
public record BrandFilter(Optional<LifecycleStatus> status, NameOrder order) {

    public BrandFilter {
        Require.present(status, "status");
        Require.present(order, "order");
    }

    public static BrandFilter all() {
        return new BrandFilter(Optional.empty(), NameOrder.NAME_ASCENDING);
    }

    public boolean accepts(Brand brand) {
        return status.map(s -> s == brand.status()).orElse(true);
    }
}
