package com.gaplens.domain.gap;

import com.gaplens.domain.shared.Require;
import java.util.Optional;

/**
 * The two indices of an experience: <em>fluidity</em>, the merged gap over the EASY dimension (friction,
 * irritants), and <em>fullness</em>, the merged gap over USEFUL and PLEASANT. A journey can be fluid and
 * still bland. Each is empty when no promised measurement falls on its dimensions.
 */
public record FluidityAndFullness(Optional<Gap> fluidity, Optional<Gap> fullness) {
    public FluidityAndFullness {
        Require.present(fluidity, "fluidity");
        Require.present(fullness, "fullness");
    }
}
