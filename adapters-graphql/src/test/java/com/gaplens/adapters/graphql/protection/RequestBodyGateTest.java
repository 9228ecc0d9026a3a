package com.gaplens.adapters.graphql.protection;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the gate lets through to GraphQL, and the typed error each request it stops gets instead. */
class RequestBodyGateTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String QUERY = "{\"query\":\"{ tenant { id } }\"}";

    private final RequestBodyGate gate = new RequestBodyGate("/graphql", 1_000, 100);
    private final MockFilterChain chain = new MockFilterChain();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"})
    void anyMethodButPostIsRefused405WithAllowPost(String method) throws Exception {
        MockHttpServletRequest request = request(method, null);

        gate.doFilter(request, response, chain);

        assertRefused(405, "METHOD_NOT_ALLOWED");
        assertThat(response.getHeader("Allow")).isEqualTo("POST");
    }

    @Test
    void aCorsPreflightIsLeftToWhateverAnswersIt() throws Exception {
        MockHttpServletRequest request = request("OPTIONS", null);
        request.addHeader("Origin", "https://elsewhere.example");
        request.addHeader("Access-Control-Request-Method", "POST");

        gate.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "text/plain",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/graphql-response+json",
                "*/*",
                "application/*",
                "not a media type"
            })
    void aBodyThatIsNotJsonByItsContentTypeIsRefused415(String contentType) throws Exception {
        gate.doFilter(request("POST", contentType), response, chain);

        assertRefused(415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aBodyWithoutContentTypeIsRefused415() throws Exception {
        gate.doFilter(request("POST", null), response, chain);

        assertRefused(415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "application/xml", "application/graphql", "not a media type"})
    void anAcceptGraphQlCannotAnswerIsRefused406(String accept) throws Exception {
        MockHttpServletRequest request = request("POST", "application/json");
        request.addHeader("Accept", accept);

        gate.doFilter(request, response, chain);

        assertRefused(406, "NOT_ACCEPTABLE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "application/graphql"})
    void aJsonPostAcceptingJsonOrEventsGoesThrough(String contentType) throws Exception {
        for (String accept : new String[] {
            null, "application/graphql-response+json", "text/event-stream", "application/xml, */*;q=0.1"
        }) {
            MockHttpServletRequest request = request("POST", contentType);
            if (accept != null) {
                request.addHeader("Accept", accept);
            }
            MockFilterChain through = new MockFilterChain();

            gate.doFilter(request, new MockHttpServletResponse(), through);

            assertThat(through.getRequest())
                    .as("%s, Accept %s", contentType, accept)
                    .isNotNull();
        }
    }

    @Test
    void anotherPathIsNotItsBusiness() throws ServletException, IOException {
        MockHttpServletRequest request = request("GET", null);
        request.setServletPath("/graphql/schema");

        gate.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    private static MockHttpServletRequest request(String method, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/graphql");
        request.setServletPath("/graphql");
        if (contentType != null) {
            request.addHeader("Content-Type", contentType);
        }
        request.setContent(QUERY.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private void assertRefused(int status, String reason) throws IOException {
        assertThat(chain.getRequest()).as("handed on").isNull();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo("application/json");
        JsonNode extensions = JSON.readTree(response.getContentAsByteArray()).at("/errors/0/extensions");
        assertThat(extensions.get("code").asString()).isEqualTo("VALIDATION");
        assertThat(extensions.get("reason").asString()).isEqualTo(reason);
        assertThat(extensions.get("classification").asString()).isEqualTo("BAD_REQUEST");
    }
}
