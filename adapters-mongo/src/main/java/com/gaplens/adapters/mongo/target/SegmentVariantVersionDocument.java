package com.gaplens.adapters.mongo.target;

/** A published version of a segment variant as stored; instants as ISO-8601 strings, to the nanosecond. */
record SegmentVariantVersionDocument(
        int number, String inForceFrom, String publishedAt, AdjustmentsDocument adjustments) {}
