package com.gaplens.domain.target;

/**
 * How narrowly a commitment is scoped, least specific first. When several commitments cover a
 * measurement, the most specific one wins: touchpoint before phase before variable-wide.
 */
public enum Specificity {
    VARIABLE_WIDE,
    PHASE,
    TOUCHPOINT
}
