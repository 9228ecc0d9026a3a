package com.gaplens.domain.gap;

import com.gaplens.domain.shared.Require;

/** A lived score and the key of the cell it belongs to. */
public record KeyedLivedScore<K>(K key, LivedScore lived) {
    public KeyedLivedScore {
        Require.present(key, "key");
        Require.present(lived, "lived");
    }
}
