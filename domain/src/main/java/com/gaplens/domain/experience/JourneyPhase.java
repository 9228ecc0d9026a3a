package com.gaplens.domain.experience;

/** The phases of the customer journey, from before purchase to the end of the product's life with the customer. */
public enum JourneyPhase {
    BEFORE_PURCHASE,
    PURCHASE,
    AFTER_PURCHASE,
    USAGE,
    /** Giving away, reselling, recycling. */
    END_OF_LIFE
}
