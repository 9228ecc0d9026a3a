package com.gaplens.adapters.mongo.impact;

/**
 * The summary of one metric and group as stored inside its study: {@code kind} CONTINUOUS with {@code mean} and
 * {@code standardDeviation}, or RATE with {@code successes}; the fields of the other kind absent.
 */
record SummaryDocument(
        String metric, String group, String kind, long n, Double mean, Double standardDeviation, Long successes) {}
