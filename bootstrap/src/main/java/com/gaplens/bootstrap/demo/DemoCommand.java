package com.gaplens.bootstrap.demo;

import com.gaplens.application.port.in.DefineTenantUseCase;
import com.gaplens.application.port.in.DefineTenantUseCase.DefineTenantCommand;
import com.gaplens.application.port.in.GetTenantUseCase;
import com.gaplens.application.port.in.GetTenantUseCase.GetTenantQuery;
import com.gaplens.application.port.out.Clock;
import com.gaplens.bootstrap.demo.DemoDataLoader.DemoSettings;
import com.gaplens.bootstrap.demo.DemoDataLoader.LoadReport;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * {@code ./gaplens demo}: loads the demo brand and N measurements into a tenant of any database, then the
 * application exits (profile {@value #PROFILE}). Settings under {@code gaplens.demo-command}:
 * {@code tenant} (created if missing), {@code measurements}, {@code seed}, {@code brand} (a name not taken
 * in the tenant) and {@code until} (the end of the year measured, an ISO instant; now by default).
 */
@Component
@Profile(DemoCommand.PROFILE)
public final class DemoCommand implements ApplicationRunner {

    public static final String PROFILE = "demo-command";

    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

    private final DemoDataLoader loader;
    private final GetTenantUseCase tenantLookup;
    private final DefineTenantUseCase tenants;
    private final Clock clock;
    private final TenantId tenant;
    private final long measurements;
    private final long seed;
    private final String brand;
    private final String until;

    DemoCommand(
            DemoDataLoader loader,
            GetTenantUseCase tenantLookup,
            DefineTenantUseCase tenants,
            Clock clock,
            @Value("${gaplens.demo-command.tenant:demo}") String tenant,
            @Value("${gaplens.demo-command.measurements:50000}") long measurements,
            @Value("${gaplens.demo-command.seed:42}") long seed,
            @Value("${gaplens.demo-command.brand:" + DemoBrand.DEFAULT_NAME + "}") String brand,
            @Value("${gaplens.demo-command.until:}") String until) {
        this.loader = loader;
        this.tenantLookup = tenantLookup;
        this.tenants = tenants;
        this.clock = clock;
        this.tenant = new TenantId(tenant);
        this.measurements = measurements;
        this.seed = seed;
        this.brand = brand;
        this.until = until;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (tenantLookup.getTenant(new GetTenantQuery(tenant)).isEmpty()) {
            tenants.defineTenant(new DefineTenantCommand(tenant, new Name(tenant.value())));
            LOG.info("Demo: tenant '{}' created", tenant);
        }
        Instant end = StringUtils.hasText(until) ? Instant.parse(until.strip()) : clock.now();
        LOG.info(
                "Demo: loading the brand '{}' and {} measurements (seed {}, the year up to {}) into tenant '{}'",
                brand,
                measurements,
                seed,
                end,
                tenant);
        long started = System.nanoTime();
        LoadReport report;
        try {
            report = loader.load(tenant, new DemoSettings(brand, measurements, seed, end), progress -> {
                double seconds = (System.nanoTime() - started) / 1e9;
                LOG.info(
                        "Demo: {} / {} measurements recorded ({} per second)",
                        progress.sent(),
                        progress.total(),
                        Math.round(progress.sent() / Math.max(seconds, 1e-3)));
            });
        } catch (ConflictException e) {
            if ("DUPLICATE_NAME".equals(e.reason())) {
                throw new IllegalStateException(
                        "tenant '" + tenant + "' already has a brand named '" + brand
                                + "': choose another name with --brand",
                        e);
            }
            throw e;
        }
        LOG.info(
                "Demo: done in {} s: brand {} in tenant '{}'; {} accepted, {} duplicates, {} conflicts, {} rejected",
                report.took().toMillis() / 1000.0,
                report.catalogue().brand().value(),
                tenant,
                report.totals().accepted(),
                report.totals().duplicates(),
                report.totals().conflicts(),
                report.totals().rejected());
    }
}
