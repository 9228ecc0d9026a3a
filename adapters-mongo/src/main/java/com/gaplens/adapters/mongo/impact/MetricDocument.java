package com.gaplens.adapters.mongo.impact;

/** A metric a study reads, as stored inside the study: code, kind and direction by name. */
record MetricDocument(String code, String kind, String direction) {}
