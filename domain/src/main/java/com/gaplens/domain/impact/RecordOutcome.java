package com.gaplens.domain.impact;

/** What recording a batch of observations did. Sending different content under a known batch id is a conflict. */
public sealed interface RecordOutcome permits RecordOutcome.Recorded, RecordOutcome.AlreadyRecorded {

    ObservationBatchId batchId();

    /** The batch was new and its observations now count. */
    record Recorded(ObservationBatchId batchId, long observations) implements RecordOutcome {}

    /** The same batch, with the same content, was recorded before; nothing changed. */
    record AlreadyRecorded(ObservationBatchId batchId) implements RecordOutcome {}
}
