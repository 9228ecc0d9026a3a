package com.gaplens.adapters.mongo.target;

import java.util.List;

/** A published version of a target experience as stored; instants as ISO-8601 strings, to the nanosecond. */
record TargetExperienceVersionDocument(
        int number, String inForceFrom, String publishedAt, List<CommitmentDocument> commitments) {}
