/**
 * What customers live, as measured: a {@link com.gaplens.domain.measurement.Measurement} of one
 * interaction (a touchpoint and an experience variable) by one
 * {@link com.gaplens.domain.measurement.MeasurementMethod}, on a scale, optionally for a segment and
 * with an {@link com.gaplens.domain.measurement.Emotion}.
 *
 * <p>A {@link com.gaplens.domain.measurement.Reading} is a single observation or an aggregate of
 * respondents; {@link com.gaplens.domain.measurement.Reading#normalise} turns it into its
 * {@link com.gaplens.domain.measurement.NormalisedReading}: the weight, 0–100 score and 0–100 dispersion
 * that the cell statistics of {@code com.gaplens.domain.gap} add up.
 */
package com.gaplens.domain.measurement;
