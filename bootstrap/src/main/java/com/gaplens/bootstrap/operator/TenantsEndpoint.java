package com.gaplens.bootstrap.operator;

import com.gaplens.application.port.in.DefineTenantUseCase;
import com.gaplens.application.port.in.DefineTenantUseCase.DefineTenantCommand;
import com.gaplens.application.port.in.GetTenantUseCase;
import com.gaplens.application.port.in.GetTenantUseCase.GetTenantQuery;
import com.gaplens.application.port.in.IssueApiKeyUseCase;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssueApiKeyCommand;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssuedApiKey;
import com.gaplens.application.port.in.ManageApiKeysUseCase;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.DomainException;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.tenant.TenantId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/tenants} with {@code {"tenant": "acme", "name": "Acme Corp"}} and the operator credential:
 * creates the tenant and its first ADMIN key, and answers 201 with the key's token (shown in this answer only), while
 * the application runs. The tenant's administrators issue every further key themselves ({@code issueApiKey}).
 *
 * <p>A tenant that exists already is 409 {@code TENANT_ALREADY_EXISTS}, unless it holds no key at all (a creation
 * interrupted between its two writes), which then gets its first key; a tenant id or name the domain refuses is 400
 * with its {@code reason} and {@code field}.
 */
@Component
@Endpoint(id = "tenants")
class TenantsEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(TenantsEndpoint.class);

    private final GetTenantUseCase lookup;
    private final DefineTenantUseCase tenants;
    private final ManageApiKeysUseCase keys;
    private final IssueApiKeyUseCase issue;

    TenantsEndpoint(
            GetTenantUseCase lookup, DefineTenantUseCase tenants, ManageApiKeysUseCase keys, IssueApiKeyUseCase issue) {
        this.lookup = lookup;
        this.tenants = tenants;
        this.keys = keys;
        this.issue = issue;
    }

    @WriteOperation
    WebEndpointResponse<Map<String, Object>> create(String tenant, String name) {
        try {
            TenantId id = new TenantId(tenant);
            Name displayName = new Name(name);
            if (lookup.getTenant(new GetTenantQuery(id)).isEmpty()) {
                tenants.defineTenant(new DefineTenantCommand(id, displayName));
            } else if (!keys.listApiKeys(id).isEmpty()) {
                throw new ConflictException("TENANT_ALREADY_EXISTS", "tenant", "tenant " + id + " already exists");
            }
            IssuedApiKey issued = issue.issue(new IssueApiKeyCommand(id, "first administrator", Set.of(Role.ADMIN)));
            LOG.info(
                    "Operator created tenant '{}' with its first ADMIN key {}",
                    id,
                    issued.key().id());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("tenant", id.value());
            body.put("apiKeyId", issued.key().id().value());
            body.put("roles", java.util.List.of(Role.ADMIN.name()));
            body.put("token", issued.token());
            return new WebEndpointResponse<>(body, 201);
        } catch (DomainException refused) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", refused.kind().name());
            body.put("reason", refused.reason());
            refused.field().ifPresent(field -> body.put("field", field));
            body.put("message", refused.getMessage());
            return new WebEndpointResponse<>(
                    body,
                    switch (refused.kind()) {
                        case CONFLICT -> 409;
                        case NOT_FOUND -> 404;
                        case VALIDATION -> 400;
                    });
        }
    }
}
