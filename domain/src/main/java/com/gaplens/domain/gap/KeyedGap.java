package com.gaplens.domain.gap;

import com.gaplens.domain.shared.Require;

/** A gap and the key of the cell it belongs to (an interaction, a brand value, a time bucket…). */
public record KeyedGap<K>(K key, Gap gap) {
    public KeyedGap {
        Require.present(key, "key");
        Require.present(gap, "gap");
    }
}
