package com.gaplens.application.service;

/**
 * The limits of impact-study data. A study is stored as one document (definition, batches, summaries), so the
 * per-customer observations it holds are bounded; group summaries are the route for larger populations.
 *
 * @param maxBatchObservations the most observations one batch may carry ({@code BATCH_TOO_LARGE} on
 *     {@code observations})
 * @param maxStudyObservations the most observations one study may hold over all its metrics and groups
 *     ({@code STUDY_TOO_LARGE} on {@code observations})
 */
public record ImpactLimits(int maxBatchObservations, int maxStudyObservations) {

    public static final int DEFAULT_MAX_BATCH_OBSERVATIONS = 10_000;
    public static final int DEFAULT_MAX_STUDY_OBSERVATIONS = 200_000;

    public ImpactLimits {
        if (maxBatchObservations < 1) {
            throw new IllegalArgumentException("maxBatchObservations must be at least 1, got " + maxBatchObservations);
        }
        if (maxStudyObservations < maxBatchObservations) {
            throw new IllegalArgumentException("maxStudyObservations must be at least maxBatchObservations");
        }
    }

    public static ImpactLimits defaults() {
        return new ImpactLimits(DEFAULT_MAX_BATCH_OBSERVATIONS, DEFAULT_MAX_STUDY_OBSERVATIONS);
    }
}
