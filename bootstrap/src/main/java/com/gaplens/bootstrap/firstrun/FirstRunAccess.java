package com.gaplens.bootstrap.firstrun;

import com.gaplens.adapters.mongo.embedded.EmbeddedMongoServer;
import com.gaplens.application.port.in.DefineTenantUseCase;
import com.gaplens.application.port.in.DefineTenantUseCase.DefineTenantCommand;
import com.gaplens.application.port.in.GetTenantUseCase;
import com.gaplens.application.port.in.GetTenantUseCase.GetTenantQuery;
import com.gaplens.application.port.in.IssueApiKeyUseCase;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssueApiKeyCommand;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssuedApiKey;
import com.gaplens.application.port.out.ApiKeyRepository;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.tenant.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The first administrator, so that somebody can call the API at all:
 * <ul>
 *   <li>with {@code gaplens.first-run.admin-key} ({@code GAPLENS_FIRST_RUN_ADMIN_KEY}) configured, on
 *       any database: the tenant {@code gaplens.first-run.tenant} (default {@code demo}) exists and
 *       accepts that ADMIN key (idempotent: a key already registered is left as it is). This is how a
 *       deployment on a real MongoDB gets its first key; further keys are issued with
 *       {@code issueApiKey};</li>
 *   <li>on the embedded first-run database without one: the demo tenant gets an ADMIN key, issued
 *       once, printed once on the console (never in a log line) and written beside the database ({@code first-run-admin-key},
 *       readable by the owner only);</li>
 *   <li>on a real MongoDB without one: nothing.</li>
 * </ul>
 */
@Component
@Order(FirstRunAccess.ORDER)
class FirstRunAccess implements ApplicationRunner {

    /** Runs before {@link FirstRunDemo}, which loads the demo into the tenant created here. */
    static final int ORDER = 0;

    private static final Logger LOG = LoggerFactory.getLogger(FirstRunAccess.class);

    private final ObjectProvider<EmbeddedMongoServer> embedded;
    private final GetTenantUseCase tenantLookup;
    private final DefineTenantUseCase tenants;
    private final ApiKeyRepository keys;
    private final IssueApiKeyUseCase issue;
    private final String configuredKey;
    private final TenantId tenant;

    FirstRunAccess(
            ObjectProvider<EmbeddedMongoServer> embedded,
            GetTenantUseCase tenantLookup,
            DefineTenantUseCase tenants,
            ApiKeyRepository keys,
            IssueApiKeyUseCase issue,
            @Value("${gaplens.first-run.admin-key:}") String configuredKey,
            @Value("${gaplens.first-run.tenant:demo}") String tenant) {
        this.embedded = embedded;
        this.tenantLookup = tenantLookup;
        this.tenants = tenants;
        this.keys = keys;
        this.issue = issue;
        this.configuredKey = configuredKey;
        this.tenant = new TenantId(tenant);
    }

    @Override
    public void run(ApplicationArguments args) {
        EmbeddedMongoServer server = embedded.getIfAvailable();
        boolean configured = StringUtils.hasText(configuredKey);
        if (server == null && !configured) {
            return;
        }
        ensureTenant();
        IssueApiKeyCommand command = new IssueApiKeyCommand(tenant, "first administrator", Set.of(Role.ADMIN));
        if (configured) {
            issue.register(command, configuredKey.strip());
            LOG.info("Tenant '{}' accepts the ADMIN key from gaplens.first-run.admin-key", tenant);
            return;
        }
        if (!keys.findByTenant(tenant).isEmpty()) {
            LOG.info(
                    "First-run: tenant '{}' already has its keys (the first one was printed at the first start{})",
                    tenant,
                    server.file().map(f -> " and kept in " + keyFile(f)).orElse(""));
            return;
        }
        IssuedApiKey issued = issue.issue(command);
        server.file().ifPresent(file -> write(keyFile(file), issued.token()));
        // On the console the operator started, never through the logging system (whose lines are shipped and kept,
        // and where CredentialRedaction would blank it anyway): a credential is in no log line.
        System.out.printf(
                """

                ************************************************************************
                *  First run: tenant '%s' was created with this ADMIN API key.
                *  It is shown this once%s.
                *
                *      Authorization: Bearer %s
                ************************************************************************
                %n""",
                tenant,
                server.file().map(f -> " (and kept in " + keyFile(f) + ")").orElse(""),
                issued.token());
        LOG.warn(
                "First run: tenant '{}' was created with an ADMIN API key, printed on the console{}",
                tenant,
                server.file().map(f -> " and kept in " + keyFile(f)).orElse(""));
    }

    /**
     * Creates the tenant unless it exists. Instances started at once on the same database each find it missing and
     * create it: the one that loses the race (a conflict: created meanwhile) finds it there and goes on, rather than
     * failing its start-up.
     */
    private void ensureTenant() {
        if (tenantLookup.getTenant(new GetTenantQuery(tenant)).isPresent()) {
            return;
        }
        try {
            tenants.defineTenant(new DefineTenantCommand(tenant, new Name(tenant.value())));
        } catch (ConflictException raced) {
            if (tenantLookup.getTenant(new GetTenantQuery(tenant)).isEmpty()) {
                throw raced;
            }
            LOG.info("Tenant '{}' was created meanwhile by another instance starting at the same time", tenant);
        }
    }

    private static Path keyFile(Path databaseFile) {
        return databaseFile.resolveSibling("first-run-admin-key");
    }

    private static void write(Path file, String token) {
        try {
            Files.writeString(file, token + System.lineSeparator(), StandardCharsets.UTF_8);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the first-run key to " + file, e);
        }
    }
}
