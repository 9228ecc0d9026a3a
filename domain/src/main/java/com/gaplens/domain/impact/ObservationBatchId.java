package com.gaplens.domain.impact;

import com.gaplens.domain.shared.Identifier;

/**
 * A client-chosen identifier of one batch of per-customer observations, unique within a study. Sending the same
 * batch again is harmless (it is recognised as already recorded); sending different content under the same id is
 * a conflict. This is what makes recording observations idempotent and re-playable.
 */
public record ObservationBatchId(String value) {
    public ObservationBatchId {
        Identifier.check(value, "batchId");
    }

    @Override
    public String toString() {
        return value;
    }
}
