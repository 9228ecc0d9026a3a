package com.gaplens.bootstrap.e2e;

import com.gaplens.adapters.mongo.support.MongoTestServers;
import com.gaplens.application.port.in.IssueApiKeyUseCase;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssueApiKeyCommand;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole application over real HTTP against a real MongoDB (the integration-test server of
 * {@link MongoTestServers}: skipped when there is none, failed when {@code GAPLENS_REQUIRE_MONGODB=true}),
 * each test class on a fresh database. Documents live in {@code src/test/resources/graphql-test/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class EndToEndTest {

    @LocalServerPort
    private int port;

    @Autowired
    private IssueApiKeyUseCase apiKeys;

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
        String token = apiKeys.issue(new IssueApiKeyCommand(tenant, "e2e", Set.of(roles)))
                .token();
        return HttpGraphQlTester.create(http().mutate()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("Authorization", "Bearer " + token)
                .build());
    }

    /** Plain HTTP to the application, without credentials. */
    protected WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
