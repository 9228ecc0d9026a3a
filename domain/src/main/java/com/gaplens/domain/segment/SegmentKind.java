package com.gaplens.domain.segment;

/** What a segment groups customers by. */
public enum SegmentKind {
    /** Who the customer is: an age band, a lifestyle, a loyalty tier… */
    PROFILE,
    /** The situation of use: in a hurry, a gift, a first purchase… */
    SITUATION
}
