package com.gaplens.application.port.in;

import com.gaplens.application.bi.BiAccess;
import com.gaplens.application.bi.BiCredentials;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;

/** The tenant's read-only logins to its published BI rows: granted (credentials shown once), listed, revoked. */
public interface ManageBiAccessUseCase {

    BiCredentials grant(GrantBiAccessCommand command);

    List<BiAccess> list(TenantId tenant);

    /** Drops the login and ends its sessions; {@code BI_ACCESS_NOT_FOUND} for an id the tenant has not. */
    BiAccess revoke(RevokeBiAccessCommand command);

    record GrantBiAccessCommand(TenantId tenant, String label) {
        public GrantBiAccessCommand {
            Require.present(tenant, "tenant");
            label = Require.text(label, "label", BiAccess.MAX_LABEL_LENGTH);
        }
    }

    record RevokeBiAccessCommand(TenantId tenant, String accessId) {
        public RevokeBiAccessCommand {
            Require.present(tenant, "tenant");
            accessId = Require.text(accessId, "accessId", 100);
        }
    }

    /** Thrown when the BI publication is not configured: nothing to grant access to. */
    final class BiPublicationDisabledException extends RuntimeException {
        public BiPublicationDisabledException() {
            super("GapLens publishes to no BI database: set GAPLENS_BI_POSTGRES_URL, GAPLENS_BI_POSTGRES_USER and "
                    + "GAPLENS_BI_POSTGRES_PASSWORD");
        }
    }
}
