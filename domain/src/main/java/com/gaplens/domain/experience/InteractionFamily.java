package com.gaplens.domain.experience;

/** The four families of interactions between a company and its customers. */
public enum InteractionFamily {
    /** Reaching the offer: finding, getting to, entering (store, site, app, phone line). */
    ACCESS,
    /** Using the product or service itself. */
    USE,
    /** The customer relationship: advice, service, after-sales, complaints. */
    CUSTOMER_RELATIONSHIP,
    /** Sharing: recommending, reviewing, communities, giving away. */
    SHARING
}
