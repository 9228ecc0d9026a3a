package com.gaplens.adapters.graphql.access;

import static com.gaplens.adapters.graphql.support.Inputs.under;

import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.GlobalId;
import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.adapters.graphql.support.Inputs;
import com.gaplens.application.port.in.IssueApiKeyUseCase;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssueApiKeyCommand;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** API keys of the caller's tenant, issued by its administrators. */
@Controller
class ApiKeyController {

    record IssueApiKeyInput(String label, List<Role> roles) {}

    record IssuedApiKeyView(String id, String label, List<Role> roles, OffsetDateTime createdAt, String token) {}

    private final IssueApiKeyUseCase issue;

    ApiKeyController(IssueApiKeyUseCase issue) {
        this.issue = issue;
    }

    @MutationMapping
    IssuedApiKeyView issueApiKey(@Argument IssueApiKeyInput input) {
        TenantId tenant = CurrentCaller.require(Role.ADMIN).tenant();
        return under("input", () -> {
            var issued = issue.issue(new IssueApiKeyCommand(
                    tenant, input.label(), Set.copyOf(input.roles() == null ? List.of() : input.roles())));
            return new IssuedApiKeyView(
                    GlobalId.encode(GlobalIds.API_KEY, issued.key().id().value()),
                    issued.key().label(),
                    issued.key().roles().stream().sorted().toList(),
                    Inputs.dateTime(issued.key().createdAt()),
                    issued.token());
        });
    }
}
