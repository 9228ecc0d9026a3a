package com.gaplens.bootstrap.firstrun;

import com.gaplens.adapters.mongo.embedded.EmbeddedMongoServer;
import com.gaplens.application.listing.BrandFilter;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.in.GetTenantUseCase;
import com.gaplens.application.port.in.GetTenantUseCase.GetTenantQuery;
import com.gaplens.application.port.in.ListBrandsUseCase;
import com.gaplens.application.port.in.ListBrandsUseCase.ListBrandsQuery;
import com.gaplens.application.port.out.Clock;
import com.gaplens.bootstrap.demo.DemoBrand;
import com.gaplens.bootstrap.demo.DemoDataLoader;
import com.gaplens.bootstrap.demo.DemoDataLoader.DemoSettings;
import com.gaplens.bootstrap.demo.DemoDataLoader.LoadReport;
import com.gaplens.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the embedded first-run database, a tenant with nothing in it gets the demo: the brand Maison Lumen
 * and a year of its measurements ({@code gaplens.demo.measurements}, 10,000 by default, seed
 * {@code gaplens.demo.seed}), so that a newcomer has gaps to look at straight away. A tenant with any
 * brand is left alone, so the demo is loaded once, not again on restart. {@code gaplens.demo.enabled=false}
 * ({@code GAPLENS_DEMO_ENABLED}) turns it off; on a real MongoDB it never runs (use {@code ./gaplens demo}).
 * Until it is loaded the application is not ready, and readiness says why ({@link FirstRunHealth}); the log
 * says how far it is after each batch.
 */
@Component
@Order(FirstRunAccess.ORDER + 1)
class FirstRunDemo implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstRunDemo.class);

    private final ObjectProvider<EmbeddedMongoServer> embedded;
    private final GetTenantUseCase tenantLookup;
    private final ListBrandsUseCase brands;
    private final DemoDataLoader loader;
    private final FirstRunHealth health;
    private final Clock clock;
    private final boolean enabled;
    private final long measurements;
    private final long seed;
    private final TenantId tenant;

    FirstRunDemo(
            ObjectProvider<EmbeddedMongoServer> embedded,
            GetTenantUseCase tenantLookup,
            ListBrandsUseCase brands,
            DemoDataLoader loader,
            FirstRunHealth health,
            Clock clock,
            @Value("${gaplens.demo.enabled:true}") boolean enabled,
            @Value("${gaplens.demo.measurements:10000}") long measurements,
            @Value("${gaplens.demo.seed:42}") long seed,
            @Value("${gaplens.first-run.tenant:demo}") String tenant) {
        this.embedded = embedded;
        this.tenantLookup = tenantLookup;
        this.brands = brands;
        this.loader = loader;
        this.health = health;
        this.clock = clock;
        this.enabled = enabled;
        this.measurements = measurements;
        this.seed = seed;
        this.tenant = new TenantId(tenant);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || embedded.getIfAvailable() == null) {
            return;
        }
        if (tenantLookup.getTenant(new GetTenantQuery(tenant)).isEmpty()) {
            return;
        }
        boolean empty = brands.listBrands(new ListBrandsQuery(tenant, BrandFilter.all(), PageRequest.first(1)))
                .items()
                .isEmpty();
        if (!empty) {
            LOG.info("First-run demo: tenant '{}' already has brands, the demo is not loaded again", tenant);
            return;
        }
        LOG.info(
                "First-run demo: loading the brand '{}' and {} measurements (seed {}) into tenant '{}'"
                        + " (gaplens.demo.enabled=false to skip)",
                DemoBrand.DEFAULT_NAME,
                measurements,
                seed,
                tenant);
        Instant since = clock.now();
        long started = System.nanoTime();
        health.loading(0, measurements, since);
        LoadReport report =
                loader.load(tenant, new DemoSettings(DemoBrand.DEFAULT_NAME, measurements, seed, since), progress -> {
                    health.loading(progress.sent(), progress.total(), since);
                    LOG.info(
                            "First-run demo: {} / {} measurements recorded ({} %, {} s)",
                            progress.sent(),
                            progress.total(),
                            progress.total() == 0 ? 100 : 100 * progress.sent() / progress.total(),
                            Duration.ofNanos(System.nanoTime() - started).toSeconds());
                });
        health.loaded(report.totals().accepted());
        LOG.info(
                "First-run demo: loaded in {} ms: {} measurements accepted, {} duplicates, {} conflicts, {} rejected;"
                        + " ready",
                report.took().toMillis(),
                report.totals().accepted(),
                report.totals().duplicates(),
                report.totals().conflicts(),
                report.totals().rejected());
    }
}
