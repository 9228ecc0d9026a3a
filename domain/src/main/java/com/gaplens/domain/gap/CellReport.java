package com.gaplens.domain.gap;

import com.gaplens.domain.shared.Require;
import java.util.Optional;

/**
 * Everything a view reports for one non-empty cell (a BI row, a matrix cell, a trend point).
 *
 * @param lived      the lived experience of every measurement in the cell, promised or not
 * @param gap        the gap of the promised measurements; empty when none is promised
 * @param unpromised the lived experience of the measurements no commitment covers; empty when there are none
 */
public record CellReport(LivedScore lived, Optional<Gap> gap, Optional<LivedScore> unpromised) {

    public CellReport {
        Require.present(lived, "lived");
        Require.present(gap, "gap");
        Require.present(unpromised, "unpromised");
    }

    /** Measurements no commitment covers. */
    public long unpromisedCount() {
        return unpromised.map(LivedScore::count).orElse(0L);
    }

    /** Respondents no commitment covers. */
    public long unpromisedWeight() {
        return unpromised.map(LivedScore::weight).orElse(0L);
    }
}
