package com.gaplens.application.port.in;

import com.gaplens.domain.access.ApiKey;
import com.gaplens.domain.access.ApiKeyId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;

/** The API keys of a tenant: listed (never with their secrets) and revoked. */
public interface ManageApiKeysUseCase {

    List<ApiKey> listApiKeys(TenantId tenant);

    /** Revokes a key of the tenant; revoking twice keeps the first date. A key of another tenant is not found. */
    ApiKey revokeApiKey(RevokeApiKeyCommand command);

    record RevokeApiKeyCommand(TenantId tenant, ApiKeyId keyId) {
        public RevokeApiKeyCommand {
            Require.present(tenant, "tenant");
            Require.present(keyId, "apiKeyId");
        }
    }
}
