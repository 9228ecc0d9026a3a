package com.gaplens.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.port.in.DefineTenantUseCase;
import com.gaplens.application.port.in.DefineTenantUseCase.DefineTenantCommand;
import com.gaplens.application.port.in.IssueApiKeyUseCase;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssueApiKeyCommand;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * With {@code GAPLENS_LOG_FORMAT=json}, every log line is one JSON object, and the line of an internal
 * error carries the {@code errorId} the client received as a field of its own. The failure is an unexpected
 * exception thrown inside a use case (a database outage is no longer one: it is answered UNAVAILABLE).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "gaplens.embedded-database.file=target/structured-log/${random.uuid}/gaplens.mv",
            "gaplens.demo.enabled=false",
            "gaplens.log-format=json",
            "gaplens.mongodb.server-selection-timeout=300ms"
        })
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StructuredErrorLogTest {

    @LocalServerPort
    int port;

    @Autowired
    DefineTenantUseCase tenants;

    @Autowired
    IssueApiKeyUseCase keys;

    /** Set, listing brands fails the way a bug would: an exception no rule expects. */
    static final java.util.concurrent.atomic.AtomicBoolean BROKEN = new java.util.concurrent.atomic.AtomicBoolean();

    @org.springframework.boot.test.context.TestConfiguration
    static class BreakableBrandListing {
        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        com.gaplens.application.port.in.ListBrandsUseCase breakableBrands(
                com.gaplens.application.service.BrandService brands) {
            return query -> {
                if (BROKEN.get()) {
                    throw new IllegalStateException("an unexpected failure, as a bug would throw");
                }
                return brands.listBrands(query);
            };
        }
    }

    @Test
    void theJsonLogLineOfAnInternalErrorCarriesTheErrorIdTheClientReceived(CapturedOutput output) {
        TenantId tenant = new TenantId("logs");
        tenants.defineTenant(new DefineTenantCommand(tenant, new Name("Logs")));
        String token = keys.issue(new IssueApiKeyCommand(tenant, "logs", Set.of(Role.READER)))
                .token();
        HttpGraphQlTester reader = HttpGraphQlTester.create(WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("Authorization", "Bearer " + token)
                .build());
        reader.documentName("brands")
                .variable("first", 5)
                .execute()
                .path("brands.edges")
                .entityList(Map.class)
                .hasSize(0);

        BROKEN.set(true);
        AtomicReference<Map<String, Object>> extensions = new AtomicReference<>();
        reader.documentName("brands").variable("first", 5).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            extensions.set(errors.getFirst().getExtensions());
        });

        assertThat(extensions.get()).containsEntry("code", "INTERNAL_ERROR");
        String errorId = (String) extensions.get().get("errorId");
        List<String> lines =
                output.getOut().lines().filter(line -> line.contains(errorId)).toList();
        assertThat(lines).hasSize(1);
        Map<String, Object> json = JsonParserFactory.getJsonParser().parseMap(lines.getFirst());
        assertThat(json)
                .containsEntry("errorId", errorId)
                .containsEntry(
                        "log",
                        Map.of("level", "ERROR", "logger", "com.gaplens.adapters.graphql.error.GraphQlErrorResolver"))
                .containsKeys("@timestamp", "error");
        assertThat((String) json.get("message")).contains("INTERNAL_ERROR " + errorId);
    }
}
