package com.gaplens.domain.measurement;

/**
 * How a measurement was taken. Gaps report which methods back them: one method alone is a weak
 * signal (triangulation).
 */
public enum MeasurementMethod {
    /** Field observation of the interaction (mystery shopping, time-and-motion, logs). */
    OBSERVATION,
    /** A satisfaction barometer: a recurring survey (NPS, CSAT, CES…). */
    BAROMETER,
    /** Analysis of complaints. */
    COMPLAINT,
    /** Social-media mentions and reviews. */
    SOCIAL,
    /** Expert analysis of the interaction on the twelve experience variables. */
    EXPERT_REVIEW,
    /** A consumer study on the twelve experience variables. */
    CONSUMER_STUDY
}
