package com.gaplens.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP to a running GapLens (in this JVM or another process): GraphQL posts and CSV gets, the raw status and
 * body kept so that a test can judge every byte the caller receives.
 */
final class RawGraphQl {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One HTTP answer: status, raw body, the body parsed when it is JSON (else null), and the headers. */
    record Answer(int status, String body, JsonNode json, HttpHeaders headers) {

        /** The first value of header {@code name}, or null. */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonNode data() {
            return json == null ? null : json.get("data");
        }

        JsonNode errors() {
            return json == null ? null : json.get("errors");
        }

        boolean hasErrors() {
            JsonNode errors = errors();
            return errors != null && !errors.isNull() && !errors.isEmpty();
        }

        /** The code of the first error, or null when there is none. */
        String code() {
            return hasErrors() ? text(errors().get(0).path("extensions").get("code")) : null;
        }

        String reason() {
            return hasErrors() ? text(errors().get(0).path("extensions").get("reason")) : null;
        }

        private static String text(JsonNode node) {
            return node == null || node.isNull() ? null : node.asString();
        }
    }

    private final HttpClient client;
    private final String baseUrl;

    RawGraphQl(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Posts {@code document} with {@code variables} (may be null) as {@code token}. */
    Answer post(String token, String document, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        if (variables != null) {
            body.put("variables", variables);
        }
        return postRaw(token, JSON.writeValueAsString(body));
    }

    /** Posts a raw body, whatever it holds. */
    Answer postRaw(String token, String rawBody) {
        return postRaw(token, rawBody, "application/json");
    }

    /** Posts a raw body with any {@code Content-Type} header value. */
    Answer postRaw(String token, String rawBody, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/graphql"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(rawBody, StandardCharsets.UTF_8))
                .build();
        return send(request);
    }

    /** GET {@code path} without credentials. */
    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build());
    }

    /** GET {@code path} with a bearer token (the actuator's operator endpoints). */
    Answer get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }

    /**
     * Any {@code method} on {@code path}, with a bearer {@code token} (none when null), {@code headers} as given and a
     * {@code body} (none when null).
     */
    Answer send(String method, String path, String token, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    /** GET /bi/gap-rows.csv with {@code parameters} (values encoded here). */
    Answer csv(String token, Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/bi/gap-rows.csv" + query))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return send(request);
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String body = response.body();
            if (body != null && body.stripLeading().startsWith("{")) {
                try {
                    json = JSON.readTree(body);
                } catch (RuntimeException notJson) {
                    json = null;
                }
            }
            return new Answer(response.statusCode(), body, json, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
