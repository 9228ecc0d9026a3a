package com.gaplens.bootstrap.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.listing.BrandFilter;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.in.ListBrandsUseCase;
import com.gaplens.application.port.in.ListBrandsUseCase.ListBrandsQuery;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.bootstrap.GapLensApplication;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A newcomer's first start on the embedded database loads the demo into the demo tenant; the next start,
 * on the same database file, finds it there and loads nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstRunDemoTest {

    private static final TenantId DEMO = new TenantId("demo");

    private final String databaseFile = "target/first-run-demo/" + UUID.randomUUID() + "/gaplens.mv";

    /** The application with these settings as command-line arguments (above application.yaml). */
    private ConfigurableApplicationContext start(String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--gaplens.embedded-database.file=" + databaseFile,
                "--gaplens.demo.measurements=2500",
                "--gaplens.demo.seed=7"));
        for (String setting : more) {
            args.add("--" + setting);
        }
        return new SpringApplicationBuilder(GapLensApplication.class).run(args.toArray(String[]::new));
    }

    private static List<Brand> demoBrands(ConfigurableApplicationContext app) {
        return app.getBean(ListBrandsUseCase.class)
                .listBrands(new ListBrandsQuery(DEMO, BrandFilter.all(), PageRequest.first(10)))
                .items();
    }

    @Test
    void theFirstStartLoadsTheDemoOnceAndARestartLeavesItAsItIs(CapturedOutput output) {
        String brandId;
        try (ConfigurableApplicationContext first = start()) {
            assertThat(demoBrands(first)).extracting(b -> b.name().value()).containsExactly("Maison Lumen");
            brandId = demoBrands(first).getFirst().id().value();
            assertThat(first.getBean(MeasurementRepository.class).count(DEMO)).isEqualTo(2_500);
        }
        assertThat(output.getOut())
                .contains("First-run demo: loading the brand 'Maison Lumen' and 2500 measurements (seed 7)")
                .contains("First-run demo: 2500 / 2500 measurements recorded")
                .contains("2500 measurements accepted, 0 duplicates, 0 conflicts, 0 rejected");

        try (ConfigurableApplicationContext restarted = start()) {
            assertThat(demoBrands(restarted)).extracting(b -> b.id().value()).containsExactly(brandId);
            assertThat(restarted.getBean(MeasurementRepository.class).count(DEMO))
                    .isEqualTo(2_500);
        }
        assertThat(output.getOut())
                .containsOnlyOnce("First-run demo: loading")
                .contains("First-run demo: tenant 'demo' already has brands, the demo is not loaded again");
    }

    @Test
    void isSwitchedOffByConfiguration() {
        try (ConfigurableApplicationContext app = start("gaplens.demo.enabled=false")) {
            assertThat(demoBrands(app)).isEmpty();
            assertThat(app.getBean(MeasurementRepository.class).count(DEMO)).isZero();
        }
    }
}
