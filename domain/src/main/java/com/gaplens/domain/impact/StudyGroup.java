package com.gaplens.domain.impact;

/** The two groups of a study: customers exposed to the initiative, and comparable customers who were not. */
public enum StudyGroup {
    EXPOSED,
    CONTROL
}
