/**
 * Impact studies: does an experience initiative move the business? An {@link com.gaplens.domain.impact.ImpactStudy}
 * compares an exposed group with a control group on business metrics (acquisition cost, retention, upsell,
 * cross-sell, revenue per customer, and metrics a tenant defines), from per-customer observations or group
 * summaries, and reads each metric as an {@link com.gaplens.domain.impact.ImpactResult}: Welch's t-test for
 * continuous metrics, the two-proportion z-test for rates, the 95 % interval of the difference, the relative
 * uplift and a verdict that knows which direction is good — or an explicit "not enough data".
 */
package com.gaplens.domain.impact;
