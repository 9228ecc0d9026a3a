package com.gaplens.application.listing;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.touchpoint.Touchpoint;
import java.util.Optional;

/** Which touchpoints of the tenant to list (every criterion given must hold), and in which order. */
public record TouchpointFilter(
        Optional<BrandId> brand,
        Optional<JourneyPhase> phase,
        Optional<Channel> channel,
        Optional<LifecycleStatus> status,
        NameOrder order) {

    public TouchpointFilter {
        Require.present(brand, "brand");
        Require.present(phase, "phase");
        Require.present(channel, "channel");
        Require.present(status, "status");
        Require.present(order, "order");
    }

    public static TouchpointFilter all() {
        return new TouchpointFilter(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), NameOrder.NAME_ASCENDING);
    }

    public static TouchpointFilter ofBrand(BrandId brand) {
        return new TouchpointFilter(
                Optional.of(brand), Optional.empty(), Optional.empty(), Optional.empty(), NameOrder.NAME_ASCENDING);
    }

    public boolean accepts(Touchpoint touchpoint) {
        return brand.map(b -> b.equals(touchpoint.brandId())).orElse(true)
                && phase.map(p -> p == touchpoint.phase()).orElse(true)
                && channel.map(c -> c == touchpoint.channel()).orElse(true)
                && status.map(s -> s == touchpoint.status()).orElse(true);
    }
}
