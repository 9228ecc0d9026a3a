package com.gaplens.bootstrap.graphiql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * GraphiQL works without internet: {@code /graphiql} and every script and style sheet it loads are served by
 * GapLens itself, without a key, and the page names no other origin. (The browser test, ui-test, runs a query in
 * it with every other origin blocked.)
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "gaplens.embedded-database.file=target/graphiql-page/${random.uuid}/gaplens.mv",
            "gaplens.demo.enabled=false"
        })
class GraphiQlPageTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private WebTestClient http() {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .build();
    }

    private String page() {
        return http().get()
                .uri("/graphiql?path=/graphql")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private static List<String> assets(String page) {
        Matcher matcher = ASSET.matcher(page);
        return matcher.results().map(m -> m.group(1)).toList();
    }

    @Test
    void theBarePathRedirectsToThePageForTheGraphQlEndpoint() {
        http().get()
                .uri("/graphiql")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectHeader()
                .value("Location", location -> assertThat(location).endsWith("/graphiql?path=/graphql"));
    }

    @Test
    void thePageLoadsNothingFromAnotherOrigin() {
        String page = page();

        assertThat(assets(page))
                .containsExactly(
                        "graphiql/assets/graphiql/2.4.7/graphiql.min.css",
                        "graphiql/assets/react/18.3.1/umd/react.production.min.js",
                        "graphiql/assets/react-dom/18.3.1/umd/react-dom.production.min.js",
                        "graphiql/assets/graphiql/2.4.7/graphiql.min.js");
        assertThat(page).doesNotContain("http://", "https://", "//esm.sh", "importmap");
    }

    @Test
    void everyScriptAndStyleSheetOfThePageIsServedWithoutAKey() {
        for (String asset : assets(page())) {
            MediaType expected =
                    asset.endsWith(".css") ? MediaType.valueOf("text/css") : MediaType.valueOf("text/javascript");
            byte[] body = http().get()
                    .uri("/" + asset)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .contentTypeCompatibleWith(expected)
                    .expectBody(byte[].class)
                    .returnResult()
                    .getResponseBody();
            assertThat(body).as(asset).hasSizeGreaterThan(10_000);
        }
    }
}
