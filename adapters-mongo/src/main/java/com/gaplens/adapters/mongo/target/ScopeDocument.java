package com.gaplens.adapters.mongo.target;

import java.util.List;

/**
 * Where a commitment applies, as stored: {@code kind} says which of the sealed
 * {@link com.gaplens.domain.target.CommitmentScope}s it is, and only that kind's field is present
 * ({@code phase} for {@value #PHASE}, {@code touchpoints}, sorted by id, for {@value #TOUCHPOINTS}).
 */
record ScopeDocument(String kind, String phase, List<String> touchpoints) {

    static final String VARIABLE_WIDE = "VARIABLE_WIDE";
    static final String PHASE = "PHASE";
    static final String TOUCHPOINTS = "TOUCHPOINTS";
}
