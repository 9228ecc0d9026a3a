package com.gaplens.adapters.mongo.impact;

import java.util.List;

/**
 * A batch of per-customer observations as stored inside its study: {@code values} for a continuous metric or
 * {@code outcomes} for a rate, the other absent. Its id is {@code batchId}: a field named {@code id} in an embedded
 * document would be stored as {@code _id}.
 */
record ObservationBatchDocument(
        String batchId, String metric, String group, List<Double> values, List<Boolean> outcomes) {}
