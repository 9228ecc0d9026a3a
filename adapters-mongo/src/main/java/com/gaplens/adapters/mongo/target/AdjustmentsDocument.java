package com.gaplens.adapters.mongo.target;

import java.util.List;

/** What a segment variant changes in the central target, as stored: overrides, additions, excluded commitment ids. */
record AdjustmentsDocument(
        List<OverrideDocument> overrides, List<CommitmentDocument> additions, List<String> exclusions) {}
