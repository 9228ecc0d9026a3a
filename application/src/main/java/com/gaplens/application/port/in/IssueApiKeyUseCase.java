package com.gaplens.application.port.in;

import com.gaplens.domain.access.ApiKey;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.Set;

/** Issues a new API key for a tenant. The token (id and secret) is returned once and never stored in clear. */
public interface IssueApiKeyUseCase {

    IssuedApiKey issue(IssueApiKeyCommand command);

    /**
     * Registers a token chosen outside GapLens (a first-run or deployment secret), in the same format
     * issued tokens have; an {@code InvalidInputException} on field {@code token} when it is not one.
     * Registering a token whose key id exists already changes nothing and returns the stored key.
     */
    IssuedApiKey register(IssueApiKeyCommand command, String token);

    record IssueApiKeyCommand(TenantId tenant, String label, Set<Role> roles) {
        public IssueApiKeyCommand {
            Require.present(tenant, "tenant");
            Require.present(label, "label");
            Require.noNulls(roles, "roles");
            roles = Set.copyOf(roles);
        }
    }

    /** The stored key and the token to hand to its holder, once. */
    record IssuedApiKey(ApiKey key, String token) {
        @Override
        public String toString() {
            return "IssuedApiKey[" + key.id() + "]";
        }
    }
}
