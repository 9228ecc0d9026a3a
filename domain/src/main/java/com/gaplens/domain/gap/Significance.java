package com.gaplens.domain.gap;

/** Whether a gap is more than noise: whether the 95 % interval of the lived score excludes the target. */
public enum Significance {
    /** The interval excludes the target: the promise is, with 95 % confidence, not what customers live. */
    SIGNIFICANT,
    /** The interval contains the target (a bound equal to the target counts as containing it). */
    NOT_SIGNIFICANT,
    /** No interval: a total weight of one respondent has no variance to test with. */
    UNDETERMINED
}
