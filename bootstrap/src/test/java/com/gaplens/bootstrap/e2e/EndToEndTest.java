package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.adapters.mongo.support.MongoTestServers;
import com.gaplens.adapters.mongo.support.RealMongoDbAvailable;
import com.gaplens.application.port.in.DefineTenantUseCase;
import com.gaplens.application.port.in.DefineTenantUseCase.DefineTenantCommand;
import com.gaplens.application.port.in.GetTenantUseCase;
import com.gaplens.application.port.in.GetTenantUseCase.GetTenantQuery;
import com.gaplens.application.port.in.IssueApiKeyUseCase;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssueApiKeyCommand;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.tenant.TenantId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole application over real HTTP against a real MongoDB (the integration-test server of
 * {@link MongoTestServers}: skipped, saying why, when there is none — {@link RealMongoDbAvailable}, before the
 * application context is built — and failed when {@code GAPLENS_REQUIRE_MONGODB=true}), each test class on a
 * fresh database. Documents live in {@code src/test/resources/graphql-test/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(RealMongoDbAvailable.class)
public abstract class EndToEndTest {

    @LocalServerPort
    private int port;

    @Autowired
    private IssueApiKeyUseCase apiKeys;

    @Autowired
    private DefineTenantUseCase tenants;

    @Autowired
    private GetTenantUseCase tenantLookup;

    @DynamicPropertySource
    static void realMongoDb(DynamicPropertyRegistry registry) {
        String uri = MongoTestServers.realServerUri();
        String database =
                "gaplens_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        System.out.println(
                "[GapLens E2E] real MongoDB " + uri.replaceAll("//[^@/]*@", "//***@") + ", database " + database);
        registry.add("gaplens.mongodb.uri", () -> uri);
        registry.add("spring.mongodb.database", () -> database);
    }

    /** A GraphQL client calling as a new API key of {@code tenant} holding {@code roles}. */
    protected HttpGraphQlTester as(TenantId tenant, Role... roles) {
        String token = token(tenant, roles);
        return HttpGraphQlTester.create(http().mutate()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("Authorization", "Bearer " + token)
                .build());
    }

    /** A new API key of {@code tenant} (defined if missing) holding {@code roles}: its token. */
    protected String token(TenantId tenant, Role... roles) {
        if (tenantLookup.getTenant(new GetTenantQuery(tenant)).isEmpty()) {
            tenants.defineTenant(new DefineTenantCommand(tenant, new Name("Tenant " + tenant.value())));
        }
        return apiKeys.issue(new IssueApiKeyCommand(tenant, "e2e", Set.of(roles)))
                .token();
    }

    /** The first error of {@code response}, which must have exactly that code, reason and field. */
    protected static void assertError(GraphQlTester.Response response, String code, String reason, String field) {
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            var extensions = errors.getFirst().getExtensions();
            assertThat(extensions).containsEntry("code", code);
            if (reason != null) {
                assertThat(extensions).containsEntry("reason", reason);
            }
            if (field != null) {
                assertThat(extensions).containsEntry("field", field);
            } else {
                assertThat(extensions).doesNotContainKey("field");
            }
            assertThat(errors.getFirst().getMessage())
                    .isNotBlank()
                    .doesNotContain("Exception")
                    .doesNotContain("com.gaplens");
        });
    }

    /** The application's base URL, e.g. {@code http://localhost:54321}. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Plain HTTP to the application, without credentials. */
    protected WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
