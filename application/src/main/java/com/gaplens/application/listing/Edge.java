package com.gaplens.application.listing;

import com.gaplens.domain.shared.Require;

/** One item of a page with its cursor. */
public record Edge<T>(T node, Cursor cursor) {
    public Edge {
        Require.present(node, "node");
        Require.present(cursor, "cursor");
    }
}
