package com.gaplens.application.bi;

import com.gaplens.domain.shared.Require;
import java.time.Instant;

/**
 * A read-only login to the tenant's published rows, as listed: never its password.
 *
 * @param id        the access's id (what revoking names)
 * @param label     what the administrator called it ("Finance Power BI")
 * @param user      the database login
 * @param schema    the schema it reads
 * @param createdAt when it was granted
 */
public record BiAccess(String id, String label, String user, String schema, Instant createdAt) {

    /** The longest label. */
    public static final int MAX_LABEL_LENGTH = 200;

    public BiAccess {
        Require.present(id, "id");
        label = Require.text(label, "label", MAX_LABEL_LENGTH);
        Require.present(user, "user");
        Require.present(schema, "schema");
        Require.present(createdAt, "createdAt");
    }
}
