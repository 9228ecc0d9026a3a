package com.gaplens.adapters.graphql.protection;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every error the servlet container forwards is answered as a typed GraphQL error, whatever the failure was. */
class TypedErrorPageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TypedErrorPage page = new TypedErrorPage("/graphql");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void errorAskedForDirectlyIsAnAddressWithNothingThere() throws IOException {
        page.error(new MockHttpServletRequest("GET", "/error"), response);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(extensions())
                .hasToString(
                        "{\"code\":\"NOT_FOUND\",\"reason\":\"NO_SUCH_RESOURCE\",\"classification\":\"NOT_FOUND\"}");
    }

    @Test
    void anUnknownPathIsNotFoundEvenToABrowser() throws IOException {
        MockHttpServletRequest request = forwarded(404);
        request.addHeader("Accept", "text/html");

        page.error(request, response);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).isEqualTo("application/json");
        assertThat(extensions().get("reason").asString()).isEqualTo("NO_SUCH_RESOURCE");
    }

    @Test
    void aMethodNotAllowedKeepsItsAllowHeaderAndSaysWhatTheAddressTakes() throws IOException {
        response.setHeader("Allow", "GET");

        page.error(forwarded(405), response);

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getHeader("Allow")).isEqualTo("GET");
        assertThat(extensions().get("code").asString()).isEqualTo("VALIDATION");
        assertThat(extensions().get("reason").asString()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(message()).isEqualTo("This address takes GET only.");
    }

    @Test
    void aServerFailureQuotesAnErrorIdAndNeverTheFailure() throws IOException {
        MockHttpServletRequest request = forwarded(500);
        request.setAttribute(
                RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail in com.gaplens.Internal"));

        page.error(request, response);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(extensions().get("code").asString()).isEqualTo("INTERNAL_ERROR");
        assertThat(extensions().get("errorId").asString()).isNotBlank();
        assertThat(response.getContentAsString())
                .doesNotContain("secret")
                .doesNotContain("Exception")
                .doesNotContain("com.gaplens");
    }

    @ParameterizedTest(name = "HTTP {0}: {1} / {2}")
    @CsvSource({
        "401, UNAUTHENTICATED, CREDENTIALS_REQUIRED",
        "403, FORBIDDEN, ACCESS_DENIED",
        "415, VALIDATION, UNSUPPORTED_MEDIA_TYPE",
        "406, VALIDATION, NOT_ACCEPTABLE",
        "400, VALIDATION, MALFORMED_REQUEST"
    })
    void eachRefusalTheContainerForwardsKeepsItsStatusWithItsCodeAndReason(int status, String code, String reason)
            throws IOException {
        page.error(forwarded(status), response);

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo("application/json");
        assertThat(extensions().get("code").asString()).isEqualTo(code);
        assertThat(extensions().get("reason").asString()).isEqualTo(reason);
        assertThat(message()).isNotBlank();
    }

    @Test
    void anyOtherRefusalIsTypedWithItsStatus() throws IOException {
        page.error(forwarded(409), response);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(extensions().get("code").asString()).isEqualTo("VALIDATION");
        assertThat(extensions().get("reason").asString()).isEqualTo("REFUSED");
    }

    private static MockHttpServletRequest forwarded(int status) {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere");
        return request;
    }

    private JsonNode extensions() throws IOException {
        return JSON.readTree(response.getContentAsByteArray()).at("/errors/0/extensions");
    }

    private String message() throws IOException {
        return JSON.readTree(response.getContentAsByteArray())
                .at("/errors/0/message")
                .asString();
    }
}
