/**
 * Maturity assessments: where a brand stands on the ladder from "experience as a marketing overlay" to
 * "experience by design", from evidence about who takes part and what the experience changes, what is missing
 * for the next stage, and the symmetry gap between employee and customer experience. The rules are written in
 * {@link com.gaplens.domain.maturity.MaturityLadder}.
 */
package com.gaplens.domain.maturity;
