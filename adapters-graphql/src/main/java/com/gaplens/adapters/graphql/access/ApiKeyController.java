package com.gaplens.adapters.graphql.access;

import static com.gaplens.adapters.graphql.support.Inputs.under;

import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.adapters.graphql.support.Inputs;
import com.gaplens.application.port.in.IssueApiKeyUseCase;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssueApiKeyCommand;
import com.gaplens.application.port.in.ManageApiKeysUseCase;
import com.gaplens.application.port.in.ManageApiKeysUseCase.RevokeApiKeyCommand;
import com.gaplens.domain.access.ApiKey;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** API keys of the caller's tenant, issued by its administrators. */
@Controller
class ApiKeyController {

    record IssueApiKeyInput(String label, List<Role> roles) {}

    record IssuedApiKeyView(String id, String label, List<Role> roles, OffsetDateTime createdAt, String token) {}

    record RevokeApiKeyInput(String apiKeyId) {}

    record ApiKeyView(String id, String label, List<Role> roles, OffsetDateTime createdAt, OffsetDateTime revokedAt) {
        static ApiKeyView of(ApiKey key) {
            return new ApiKeyView(
                    GlobalIds.of(key.id()),
                    key.label(),
                    key.roles().stream().sorted().toList(),
                    Inputs.dateTime(key.createdAt()),
                    key.revokedAt().map(Inputs::dateTime).orElse(null));
        }
    }

    private final IssueApiKeyUseCase issue;
    private final ManageApiKeysUseCase manage;

    ApiKeyController(IssueApiKeyUseCase issue, ManageApiKeysUseCase manage) {
        this.issue = issue;
        this.manage = manage;
    }

    @QueryMapping
    List<ApiKeyView> apiKeys() {
        TenantId tenant = CurrentCaller.get().tenant();
        return manage.listApiKeys(tenant).stream().map(ApiKeyView::of).toList();
    }

    @MutationMapping
    ApiKeyView revokeApiKey(@Argument RevokeApiKeyInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under(
                "input",
                () -> ApiKeyView.of(manage.revokeApiKey(
                        new RevokeApiKeyCommand(tenant, GlobalIds.apiKey(input.apiKeyId(), "apiKeyId")))));
    }

    @MutationMapping
    IssuedApiKeyView issueApiKey(@Argument IssueApiKeyInput input) {
        TenantId tenant = CurrentCaller.get().tenant();
        return under("input", () -> {
            var issued = issue.issue(new IssueApiKeyCommand(
                    tenant, input.label(), Set.copyOf(input.roles() == null ? List.of() : input.roles())));
            return new IssuedApiKeyView(
                    GlobalIds.of(issued.key().id()),
                    issued.key().label(),
                    issued.key().roles().stream().sorted().toList(),
                    Inputs.dateTime(issued.key().createdAt()),
                    issued.token());
        });
    }
}
