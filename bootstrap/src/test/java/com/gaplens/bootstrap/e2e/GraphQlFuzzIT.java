package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.bootstrap.e2e.RawGraphQl.Answer;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Bad input, at random but seeded, over the GraphQL endpoint and the CSV URL: malformed documents and bodies, wrong
 * types, strings beyond every limit, NaN and infinities, unicode edge cases (lone surrogates, RTL and zero-width
 * marks, emoji, NUL), deep nesting, and random variables generated from the real schema for every mutation and
 * query. Every answer must be a success or well-formed GraphQL errors each with a typed {@code extensions.code}
 * (the CSV URL: a CSV or its JSON error), never an HTTP 5xx, a stack trace or a class or package name; and a refused
 * mutation must leave the tenant's documents exactly as they were (every collection compared before and after).
 */
@TestPropertySource(
        properties = {
            "gaplens.graphql.budget.capacity=100000000",
            "gaplens.graphql.budget.refill-per-second=1000000",
            // no background writes (repairs) while the test compares what calls wrote
            "gaplens.rollups.repair-interval=1h"
        })
class GraphQlFuzzIT extends EndToEndTest {

    static final long SEED = 20261123L;
    static final int SCHEMA_CASES = 420;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]+");
    private static final List<String> LEAKS = List.of(
            "Exception",
            "com.gaplens",
            "java.lang",
            "java.util",
            "org.springframework",
            "graphql.execution",
            "org.bson",
            "com.mongodb",
            "Tomcat",
            "<html",
            "\tat ");

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private com.gaplens.application.port.in.MaintainRollupsUseCase rollups;

    private final Random random = new Random(SEED);
    private final TenantId tenant = new TenantId("fuzz-" + System.nanoTime());
    private RawGraphQl client;
    private String admin;
    private String writer;
    private String reader;
    private final List<String> realIds = new ArrayList<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private int cases;
    private int refusedMutations;

    @Test
    void everyBadInputGetsATypedErrorAndARefusedMutationWritesNothing() {
        long started = System.nanoTime();
        client = new RawGraphQl(baseUrl());
        admin = token(tenant, Role.ADMIN);
        writer = token(tenant, Role.WRITER);
        reader = token(tenant, Role.READER);
        fixtures();

        malformedBodiesAndDocuments();
        hugeInputs();
        numbersThatAreNotNumbers();
        unicodeEdgeCases();
        deepNesting();
        randomVariablesFromTheSchema();
        csvParameters();
        whatTheOutsideProbeGotThrough();
        whatTheNewUserProbeGotThrough();

        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "[GraphQlFuzzIT] seed %d: %d cases in %.1f s, %d refused mutations checked for writes; outcomes %s%n",
                SEED, cases, seconds, refusedMutations, outcomes);
        assertThat(cases).isGreaterThan(500);
    }

    // ---------------------------------------------------------------------------------------------------------

    private void fixtures() {
        JsonNode brand = ok(
                        admin,
                        "mutation { defineBrand(input: {name: \"Fuzz\", values: [{name: \"Simplicity\"}]})"
                                + " { id values { id } } }")
                .get("defineBrand");
        String brandId = brand.get("id").asString();
        String valueId = brand.at("/values/0/id").asString();
        String touchpoint = ok(
                        admin,
                        "mutation { defineTouchpoint(input: {brandId: \"" + brandId
                                + "\", name: \"Shop\", phase: PURCHASE, channel: STORE}) { id } }")
                .at("/defineTouchpoint/id")
                .asString();
        String segment = ok(
                        admin,
                        "mutation { defineSegment(input: {brandId: \"" + brandId
                                + "\", kind: PROFILE, name: \"25-34\"}) { id } }")
                .at("/defineSegment/id")
                .asString();
        JsonNode target = ok(
                        admin,
                        "mutation { draftTargetExperience(input: {brandId: \"" + brandId
                                + "\", commitments: [{brandValue: \"" + valueId
                                + "\", variable: ACCESS_EASY, targetLevel: 70, wording: \"Easy\"}]}) { id draft { id } } }")
                .get("draftTargetExperience");
        realIds.addAll(List.of(
                brandId,
                valueId,
                touchpoint,
                segment,
                target.get("id").asString(),
                target.at("/draft/0/id").asString()));
        Answer recorded = client.post(
                writer,
                "mutation($input: [MeasurementInput!]!) { recordMeasurements(input: $input) { totals { accepted } } }",
                Map.of(
                        "input",
                        List.of(Map.of(
                                "externalId", "fixture-1",
                                "brandId", brandId,
                                "touchpointId", touchpoint,
                                "variable", "ACCESS_EASY",
                                "method", "BAROMETER",
                                "scale", "PERCENT",
                                "value", 40,
                                "observedAt", "2026-03-01T10:00:00Z"))));
        assertThat(recorded.data().at("/recordMeasurements/totals/accepted").asInt())
                .as(recorded.body())
                .isEqualTo(1);
    }

    private void malformedBodiesAndDocuments() {
        List<String> bodies = List.of(
                "",
                "not json",
                "{",
                "{}",
                "[]",
                "null",
                "42",
                "\"query\"",
                "{\"query\": null}",
                "{\"query\": 42}",
                "{\"query\": [\"{ tenant { id } }\"]}",
                "{\"query\": \"\"}",
                "{\"query\": \"   \"}",
                "{\"query\": \"{ tenant { id } }\", \"variables\": \"not an object\"}",
                "{\"query\": \"{ tenant { id } }\", \"variables\": [1, 2]}",
                "{\"query\": \"{ tenant { id } }\", \"operationName\": 42}",
                "{\"query\": \"{ tenant { id } }\", \"operationName\": \"Missing\"}",
                "{\"query\": \"{ tenant { id } }\", \"extensions\": \"x\"}",
                "[{\"query\": \"{ tenant { id } }\"}, {\"query\": \"{ tenant { id } }\"}]",
                "{\"query\": \"{ tenant { id } }\", \"query\": \"mutation { x }\"}",
                "{\"query\": \"{ tenant { id } }\"} trailing",
                "\u0000\u0000\u0000",
                "{\"query\": \"{ tenant { id }\"");
        for (String body : bodies) {
            check("malformed body", client.postRaw(reader, body), false);
        }
        // a UTF-8 byte order mark before a good request is no reason to refuse it
        Answer withBom = client.postRaw(reader, "\uFEFF{\"query\": \"{ tenant { id } }\"}");
        check("byte order mark", withBom, false);
        assertThat(withBom.hasErrors()).as(withBom.body()).isFalse();
        List<String> documents = new ArrayList<>(List.of(
                "{",
                "}",
                "{ tenant { id }",
                "{ tenant { id } } }",
                "query {",
                "mutation",
                "{ nope }",
                "{ tenant { nope } }",
                "{ tenant }",
                "{ brands(first: \"ten\") { edges { cursor } } }",
                "{ brands(first: 1.5) { edges { cursor } } }",
                "{ brands(first: 99999999999) { edges { cursor } } }",
                "{ brands(first: -1) { edges { cursor } } }",
                "{ brands(first: 0) { edges { cursor } } }",
                "{ brands(after: 12) { edges { cursor } } }",
                "{ brands(after: \"not-a-cursor\") { edges { cursor } } }",
                "{ brands(orderBy: SIDEWAYS) { edges { cursor } } }",
                "{ node(id: null) { id } }",
                "{ node { id } }",
                "{ node(id: \"\") { id } }",
                "query($x: Int) { brands(first: $x) { edges { cursor } } }",
                "query($x: NoSuchType) { tenant { id } }",
                "query($x: Int!) { tenant { id } }",
                "query { tenant { id } } query { tenant { id } }",
                "query A { tenant { id } } query A { tenant { id } }",
                "fragment f on Brand { id } { tenant { id } }",
                "{ ...f } fragment f on Query { ...f }",
                "{ tenant { id @skip } }",
                "{ tenant { id @nope } }",
                "subscription { tenant { id } }",
                "mutation { defineBrand(input: {}) { id } }",
                "mutation { defineBrand(input: {name: 42}) { id } }",
                "mutation { defineBrand(input: {name: \"x\", values: \"v\"}) { id } }",
                "mutation { defineBrand(input: {name: \"x\", extra: 1}) { id } }",
                "mutation { defineBrand(input: {name: null}) { id } }",
                "mutation { defineBrand { id } }",
                "mutation { defineBrand(input: {name: \"x\"}) }",
                "mutation { recordMeasurements(input: [{}]) { totals { accepted } } }",
                "mutation { recordMeasurements(input: 7) { totals { accepted } } }",
                "{ gaps(groupBy: [NOPE]) { edges { cursor } } }",
                "{ gaps(filter: {period: {from: \"2026-02-30\", to: \"2026-01-01\"}}) { edges { cursor } } }",
                "{ gaps(filter: {period: {from: \"2026-12-31\", to: \"2026-01-01\"}}) { edges { cursor } } }",
                "{ gaps(filter: {period: {from: \"yesterday\", to: \"today\"}}) { edges { cursor } } }",
                "{ gapMatrix(brandId: \"\") { total { count } } }",
                "{ effectiveTarget(brandId: \"x\", at: \"not a time\") { at } }",
                "{ impactStudy(studyId: \"\") { id } }",
                "{ __schema { types { name } } }",
                "{ __type(name: 42) { name } }",
                "\"\"\"unterminated",
                "# only a comment",
                "{ tenant { id } } # trailing comment",
                "\u0000{ tenant { id } }",
                "{ tenant { id ",
                "{ a1: tenant { id } a2: tenant { id } a3: tenant { id } a4: tenant { id } a5: tenant { id }"
                        + " a6: tenant { id } a7: tenant { id } a8: tenant { id } a9: tenant { id } a10: tenant { id }"
                        + " a11: tenant { id } }"));
        // random truncations and corruptions of valid documents
        List<String> valid = List.of(
                "query($f: GapFilterInput) { gaps(filter: $f, groupBy: [BRAND], first: 5) { edges { node { count } } } }",
                "mutation($i: DefineBrandInput!) { defineBrand(input: $i) { id } }",
                "{ brands(first: 3) { edges { node { id name values { id } } } pageInfo { hasNextPage } } }");
        String noise = "{}()[]:$@!.\",\\ \n\t#=&|x1";
        for (int i = 0; i < 60; i++) {
            StringBuilder document = new StringBuilder(valid.get(random.nextInt(valid.size())));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(document.length());
                switch (random.nextInt(3)) {
                    case 0 -> document.setLength(at);
                    case 1 -> document.insert(at, noise.charAt(random.nextInt(noise.length())));
                    default -> document.deleteCharAt(at);
                }
                if (document.isEmpty()) {
                    document.append('{');
                }
            }
            documents.add(document.toString());
        }
        for (String document : documents) {
            boolean mutation = document.startsWith("mutation");
            check("malformed document", post(mutation ? admin : reader, document, Map.of()), mutation);
        }
        // no credentials, or bad ones
        check("no key", client.postRaw("", "{\"query\": \"{ tenant { id } }\"}"), false);
        check("bad key", client.postRaw("gl_x.y", "{\"query\": \"{ tenant { id } }\"}"), false);
        check(
                "bad key",
                client.postRaw(
                        "gl_aaaaaaaaaaaaaaaaaaaaaaaa.&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&",
                        "{\"query\": \"{ tenant { id } }\"}"),
                false);
        // another role
        check("writer reads", post(writer, "{ brands { edges { cursor } } }", Map.of()), false);
        check("reader writes", post(reader, "mutation { defineBrand(input: {name: \"no\"}) { id } }", Map.of()), true);
    }

    private void hugeInputs() {
        String big = "x".repeat(16_000);
        check("document over 15 KB", post(reader, "{ tenant { id } } # " + big, Map.of()), false);
        check(
                "document over 15 KB",
                post(admin, "mutation { defineBrand(input: {name: \"" + big + "\"}) { id } }", Map.of()),
                true);
        for (int size : new int[] {256, 2_001, 70_000, 1_000_000}) {
            String s = "é".repeat(size);
            check(
                    "huge name variable",
                    post(
                            admin,
                            "mutation($i: DefineBrandInput!) { defineBrand(input: $i) { id } }",
                            Map.of("i", Map.of("name", s))),
                    true);
            check(
                    "huge external id",
                    post(writer, RECORD, Map.of("input", List.of(measurement(Map.of("externalId", s))))),
                    true);
            check("huge id argument", post(reader, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", s)), false);
        }
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 5_001; i++) {
            tooMany.add(measurement(Map.of("externalId", "many-" + i)));
        }
        check("batch over the limit", post(writer, RECORD, Map.of("input", tooMany)), true);
    }

    /**
     * Issue 18's bad inputs, each a typed 4xx now: a wildcard content type, {@code GET /error}, instants outside
     * 1970–9999 (in variables and literals, in a measurement and in a period), introspection nested in bad faith,
     * a body over the cap and a variable of too many values; and the documented 5,000-item batch, every item at its
     * longest, still passes the caps.
     */
    private void whatTheOutsideProbeGotThrough() {
        for (String contentType : List.of("*/*", "application/*", "not a media type", "application/json; x=\"")) {
            Answer answer = client.postRaw(reader, "{\"query\": \"{ tenant { id } }\"}", contentType);
            check("content type " + contentType, answer, false);
            assertThat(answer.status()).as(contentType).isEqualTo(415);
        }
        Answer errorPage = client.get("/error");
        check("GET /error", errorPage, false);
        assertThat(errorPage.status()).isEqualTo(404);
        assertThat(errorPage.code()).isEqualTo("NOT_FOUND");
        assertThat(errorPage.reason()).isEqualTo("NO_SUCH_RESOURCE");
        for (String instant : List.of(
                "-999999999-01-01T00:00:00Z",
                "0000-01-01T00:00:00Z",
                "1969-12-31T23:59:59Z",
                "+10000-01-01T00:00:00Z")) {
            Answer answer = post(writer, RECORD, Map.of("input", List.of(measurement(Map.of("observedAt", instant)))));
            check("observedAt " + instant, answer, true);
            assertThat(answer.code()).as(answer.body()).isEqualTo("VALIDATION");
            Answer literal = post(
                    writer,
                    "mutation { recordMeasurement(input: {externalId: \"lit\", brandId: \"" + realIds.getFirst()
                            + "\", touchpointId: \"" + realIds.get(2) + "\", variable: ACCESS_EASY, method: BAROMETER,"
                            + " scale: \"PERCENT\", value: 50, observedAt: \"" + instant + "\"}) { status } }",
                    null);
            check("observedAt literal " + instant, literal, true);
            assertThat(literal.code()).as(literal.body()).isEqualTo("VALIDATION");
        }
        Answer oldPeriod = post(
                reader,
                "query($b: ID!) { gapMatrix(brandId: $b, period: {from: \"1969-12-31\", to: \"2026-01-01\"}) { total { gap } } }",
                Map.of("b", realIds.getFirst()));
        check("period from 1969", oldPeriod, false);
        assertThat(oldPeriod.code()).isEqualTo("VALIDATION");
        Answer introspection = post(
                reader, "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }", null);
        check("nested introspection", introspection, false);
        assertThat(introspection.reason()).isEqualTo("INTROSPECTION_TOO_DEEP");
        Answer huge = client.postRaw(reader, body("{ tenant { id } }", "{\"x\": \"" + "0".repeat(17_000_000) + "\"}"));
        check("17 MB body", huge, false);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.reason()).isEqualTo("BODY_TOO_LARGE");
        assertThat(huge.errors().get(0).path("extensions").path("limit").asLong())
                .isEqualTo(16L * 1024 * 1024);
        Answer manyValues =
                client.postRaw(reader, body("{ tenant { id } }", "{\"x\": [" + "0,".repeat(300_000) + "0]}"));
        check("300,001 values", manyValues, false);
        assertThat(manyValues.reason()).isEqualTo("TOO_MANY_VALUES");
        List<Map<String, Object>> longest = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Map<String, Object> item = new LinkedHashMap<>(measurement(Map.of(
                    "externalId", String.format("%0255d", i),
                    "sourceReference", "s".repeat(2_000),
                    "segmentId", realIds.get(3),
                    "sampleSize", 12,
                    "stdDev", 1.5,
                    "emotion", Map.of("emotion", "JOY", "intensity", 0.5))));
            item.put("brandId", "QnJhbmQ6bm9uZQ"); // no such brand: every item is rejected, nothing is written
            longest.add(item);
        }
        Answer batch = post(writer, RECORD, Map.of("input", longest));
        check("5,000 items at their longest", batch, true);
        assertThat(batch.status()).as(abbreviate(batch.body())).isEqualTo(200);
        assertThat(batch.body()).doesNotContain("BODY_TOO_LARGE").doesNotContain("TOO_MANY_VALUES");
    }

    /**
     * What a new user's probe found answered by Spring's defaults (an empty 405 or 415, a 404 in Spring's own JSON, the
     * "Whitelabel" HTML page), each a typed error now: any method but POST on the GraphQL endpoint (405 with
     * {@code Allow: POST}), a body that is not JSON by its content type (415), an {@code Accept} GraphQL cannot answer
     * (406), a path nothing answers whatever the {@code Accept} (404), a method another endpoint does not take (405
     * with its {@code Allow}); an anonymous call is still answered 401 first, and Actuator's own answers are unchanged.
     */
    private void whatTheNewUserProbeGotThrough() {
        String query = "{\"query\": \"{ tenant { id } }\"}";
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            Answer answer = client.send(method, "/graphql", reader, Map.of(), null);
            check(method + " /graphql", answer, false);
            assertRefused(answer, 405, "VALIDATION", "METHOD_NOT_ALLOWED");
            assertThat(answer.header("Allow")).as(method).isEqualTo("POST");
        }
        Answer head = client.send("HEAD", "/graphql", reader, Map.of(), null);
        cases++;
        assertThat(head.status()).isEqualTo(405);
        assertThat(head.header("Allow")).isEqualTo("POST");
        Answer anonymous = client.send("PUT", "/graphql", null, Map.of(), null);
        check("anonymous PUT /graphql", anonymous, false);
        assertRefused(anonymous, 401, "UNAUTHENTICATED", "CREDENTIALS_REQUIRED");

        List<String> notJson = List.of(
                "text/plain",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/xml",
                "application/graphql-response+json");
        for (String contentType : notJson) {
            Answer answer = client.postRaw(reader, query, contentType);
            check("content type " + contentType, answer, false);
            assertRefused(answer, 415, "VALIDATION", "UNSUPPORTED_MEDIA_TYPE");
        }
        Answer noContentType = client.send("POST", "/graphql", reader, Map.of(), query);
        check("no content type", noContentType, false);
        assertRefused(noContentType, 415, "VALIDATION", "UNSUPPORTED_MEDIA_TYPE");
        Answer charset = client.postRaw(reader, query, "application/json; charset=UTF-8");
        check("application/json with a charset", charset, false);
        assertThat(charset.status()).as(charset.body()).isEqualTo(200);
        for (String accept : List.of("text/html", "application/xml", "not a media type")) {
            Answer answer = client.send(
                    "POST", "/graphql", reader, Map.of("Content-Type", "application/json", "Accept", accept), query);
            check("Accept " + accept, answer, false);
            assertRefused(answer, 406, "VALIDATION", "NOT_ACCEPTABLE");
        }

        for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("Accept", "text/html"))) {
            Answer answer = client.send("GET", "/nothing", reader, headers, null);
            check("GET /nothing " + headers, answer, false);
            assertRefused(answer, 404, "NOT_FOUND", "NO_SUCH_RESOURCE");
            assertThat(answer.body()).doesNotContain("Whitelabel").doesNotContain("timestamp");
        }
        Answer anonymousNothing = client.send("GET", "/nothing", null, Map.of("Accept", "text/html"), null);
        check("anonymous GET /nothing", anonymousNothing, false);
        assertRefused(anonymousNothing, 401, "UNAUTHENTICATED", "CREDENTIALS_REQUIRED");

        Answer health = client.send("PUT", "/actuator/health", reader, Map.of(), null);
        check("PUT /actuator/health", health, false);
        assertRefused(health, 405, "VALIDATION", "METHOD_NOT_ALLOWED");
        assertThat(health.header("Allow")).isEqualTo("GET");
        assertThat(health.body()).doesNotContain("timestamp");
        Answer healthy = client.get("/actuator/health");
        cases++;
        assertThat(healthy.status()).isEqualTo(200);
        assertThat(healthy.json().get("status").asString()).isEqualTo("UP");
        Answer csvPost = client.send("POST", "/bi/gap-rows.csv", reader, Map.of(), null);
        check("POST /bi/gap-rows.csv", csvPost, false);
        assertRefused(csvPost, 405, "VALIDATION", "METHOD_NOT_ALLOWED");
        assertThat(csvPost.header("Allow")).isEqualTo("GET");
    }

    /** A refusal with exactly this status, code and reason (no reason: none is checked). */
    private static void assertRefused(Answer answer, int status, String code, String reason) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.body()).startsWith("application/json");
        assertThat(answer.code()).as(answer.body()).isEqualTo(code);
        if (reason != null) {
            assertThat(answer.reason()).as(answer.body()).isEqualTo(reason);
        }
    }

    private void numbersThatAreNotNumbers() {
        String brand = realIds.getFirst();
        String tp = realIds.get(2);
        List<String> literals = List.of(
                "NaN",
                "Infinity",
                "-Infinity",
                "1e309",
                "-1e309",
                "1e-400",
                "-0.0",
                "0x10",
                "1_000",
                "+1",
                ".5",
                "5.",
                "\"NaN\"",
                "\"Infinity\"",
                "\"-Infinity\"",
                "\"1e309\"",
                "null",
                "true",
                "[]",
                "{}",
                "\"\"",
                "99999999999999999999999999999",
                "4.9e-324",
                "1.7976931348623157e308");
        for (String literal : literals) {
            String item = "{\"externalId\": \"nan-" + Math.abs(literal.hashCode()) + "\", \"brandId\": \"" + brand
                    + "\", \"touchpointId\": \"" + tp + "\", \"variable\": \"ACCESS_EASY\", \"method\": \"BAROMETER\","
                    + " \"scale\": \"PERCENT\", \"value\": " + literal + ", \"observedAt\": \"2026-03-01T10:00:00Z\"}";
            check("value " + literal, client.postRaw(writer, body(RECORD, "{\"input\": [" + item + "]}")), true);
            String sized = item.replace("\"value\": " + literal, "\"value\": 50, \"sampleSize\": " + literal);
            check("sampleSize " + literal, client.postRaw(writer, body(RECORD, "{\"input\": [" + sized + "]}")), true);
            String scale = "{\"i\": {\"scaleCode\": \"NUM\", \"name\": \"n\", \"min\": 0, \"max\": " + literal
                    + ", \"direction\": \"HIGHER_IS_BETTER\"}}";
            check(
                    "scale max " + literal,
                    client.postRaw(
                            admin, body("mutation($i: DefineScaleInput!) { defineScale(input: $i) { code } }", scale)),
                    true);
            check(
                    "first " + literal,
                    client.postRaw(
                            reader,
                            body(
                                    "query($n: Int) { brands(first: $n) { edges { cursor } } }",
                                    "{\"n\": " + literal + "}")),
                    false);
            // in the document itself
            check(
                    "literal in document " + literal,
                    post(
                            admin,
                            "mutation { defineScale(input: {scaleCode: \"LIT\", name: \"n\", min: 0, max: "
                                    + literal.replace("\"", "\\\"") + ", direction: HIGHER_IS_BETTER}) { code } }",
                            Map.of()),
                    true);
        }
    }

    private void unicodeEdgeCases() {
        // as JSON escapes in the raw body, so that a lone surrogate really reaches the server
        List<String> escaped = List.of(
                "\\ud800",
                "\\udfff",
                "a\\ud800b",
                "\\udc00\\ud800",
                "\\u0000",
                "a\\u0000b",
                "\\u202eevil\\u202c",
                "\\u200b",
                "\\u200b\\u200c\\u200d\\ufeff",
                "\\ud83d\\ude00\\ud83c\\udf89",
                "\\uffff",
                "\\ufffe",
                "\\u0085\\u2028\\u2029",
                "\\u0627\\u0644\\u0639\\u0631\\u0628\\u064a\\u0629",
                "e\\u0301\\u0301\\u0301",
                "\\u001b[31mred",
                "${jndi:ldap://x/a}",
                "{\\\"$gt\\\": \\\"\\\"}",
                "'; db.dropDatabase(); //",
                "$where",
                "a.b.c",
                "$",
                "\\\\",
                "</script><script>alert(1)</script>");
        for (String s : escaped) {
            check(
                    "unicode brand name " + s,
                    client.postRaw(
                            admin,
                            body(
                                    "mutation($i: DefineBrandInput!) { defineBrand(input: $i) { id name } }",
                                    "{\"i\": {\"name\": \"" + s + "\", \"values\": [{\"name\": \"" + s + "\"}]}}")),
                    true);
            String item = "{\"externalId\": \"" + s + "\", \"brandId\": \"" + realIds.getFirst()
                    + "\", \"touchpointId\": \"" + realIds.get(2) + "\", \"variable\": \"ACCESS_EASY\","
                    + " \"method\": \"BAROMETER\", \"scale\": \"PERCENT\", \"value\": 50,"
                    + " \"observedAt\": \"2026-03-01T10:00:00Z\", \"sourceReference\": \"" + s + "\"}";
            check(
                    "unicode external id " + s,
                    client.postRaw(writer, body(RECORD, "{\"input\": [" + item + "]}")),
                    true);
            check(
                    "unicode id " + s,
                    client.postRaw(reader, body("query($id: ID!) { node(id: $id) { id } }", "{\"id\": \"" + s + "\"}")),
                    false);
            check(
                    "unicode enum " + s,
                    client.postRaw(
                            reader,
                            body(
                                    "query($g: [GapDimension!]) { gaps(groupBy: $g) { edges { cursor } } }",
                                    "{\"g\": [\"" + s + "\"]}")),
                    false);
            // the same inside the document
            check(
                    "unicode in document " + s,
                    client.postRaw(
                            admin,
                            "{\"query\": \"mutation { defineSegment(input: {brandId: \\\"" + realIds.getFirst()
                                    + "\\\", kind: PROFILE, name: \\\"" + s + "\\\"}) { id } }\"}"),
                    true);
        }
    }

    private void deepNesting() {
        for (int depth : new int[] {50, 1_000, 5_000, 20_000}) {
            String lists = "[".repeat(depth) + "1" + "]".repeat(depth);
            check(
                    "nested list variable " + depth,
                    client.postRaw(writer, body(RECORD, "{\"input\": " + lists + "}")),
                    true);
            String objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            check(
                    "nested object variable " + depth,
                    client.postRaw(
                            admin,
                            body(
                                    "mutation($i: DefineBrandInput!) { defineBrand(input: $i) { id } }",
                                    "{\"i\": {\"name\": \"deep\", \"values\": [" + objects + "]}}")),
                    true);
            String selection =
                    "{ tenant ".repeat(Math.min(depth, 3_000)) + "{ id }" + " }".repeat(Math.min(depth, 3_000));
            check("nested selection " + depth, post(reader, selection, Map.of()), false);
            String literal = "[".repeat(Math.min(depth, 3_000)) + "BRAND" + "]".repeat(Math.min(depth, 3_000));
            check(
                    "nested literal " + depth,
                    post(reader, "{ gaps(groupBy: " + literal + ") { edges { cursor } } }", Map.of()),
                    false);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // random variables from the schema

    private void randomVariablesFromTheSchema() {
        TypeDefinitionRegistry registry = schema();
        List<FieldDefinition> mutations = fields(registry, "Mutation");
        List<FieldDefinition> queries = fields(registry, "Query");
        for (int i = 0; i < SCHEMA_CASES; i++) {
            boolean mutation = random.nextInt(3) > 0;
            List<FieldDefinition> pool = mutation ? mutations : queries;
            FieldDefinition field = pool.get(random.nextInt(pool.size()));
            StringBuilder declarations = new StringBuilder();
            StringBuilder arguments = new StringBuilder();
            Map<String, Object> variables = new LinkedHashMap<>();
            for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                if (!(argument.getType() instanceof NonNullType) && random.nextInt(3) == 0) {
                    continue;
                }
                declarations
                        .append(declarations.isEmpty() ? "" : ", ")
                        .append('$')
                        .append(argument.getName())
                        .append(": ")
                        .append(print(argument.getType()));
                arguments
                        .append(arguments.isEmpty() ? "" : ", ")
                        .append(argument.getName())
                        .append(": $")
                        .append(argument.getName());
                if (random.nextInt(25) > 0) {
                    variables.put(argument.getName(), value(registry, argument.getType(), 0));
                }
            }
            String document = (mutation ? "mutation" : "query")
                    + (declarations.isEmpty() ? "" : "(" + declarations + ")")
                    + " { " + field.getName() + (arguments.isEmpty() ? "" : "(" + arguments + ")")
                    + selection(registry, field.getType()) + " }";
            String token = token(field.getName(), mutation);
            check("schema " + field.getName(), post(token, document, variables), mutation);
        }
    }

    private String token(String field, boolean mutation) {
        if (random.nextInt(20) == 0) {
            return List.of(admin, writer, reader).get(random.nextInt(3)); // sometimes the wrong role
        }
        if (List.of(
                        "recordMeasurements",
                        "recordMeasurement",
                        "recordImpactObservations",
                        "recordImpactSummary",
                        "discardImpactData")
                .contains(field)) {
            return writer;
        }
        return mutation || field.equals("apiKeys") ? admin : reader;
    }

    private static TypeDefinitionRegistry schema() {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls")) {
                registry.merge(new SchemaParser()
                        .parse(new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return registry;
    }

    private static List<FieldDefinition> fields(TypeDefinitionRegistry registry, String type) {
        List<FieldDefinition> fields = new ArrayList<>();
        registry.getType(type, ObjectTypeDefinition.class).ifPresent(t -> fields.addAll(t.getFieldDefinitions()));
        registry.objectTypeExtensions()
                .getOrDefault(type, List.of())
                .forEach(e -> fields.addAll(e.getFieldDefinitions()));
        assertThat(fields).as("fields of %s", type).isNotEmpty();
        return fields;
    }

    private static String print(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return print(nonNull.getType()) + "!";
        }
        if (type instanceof ListType list) {
            return "[" + print(list.getType()) + "]";
        }
        return ((TypeName) type).getName();
    }

    private static String selection(TypeDefinitionRegistry registry, Type<?> type) {
        while (!(type instanceof TypeName)) {
            type = type instanceof NonNullType n ? n.getType() : ((ListType) type).getType();
        }
        String name = ((TypeName) type).getName();
        Object definition = registry.getType(name).orElse(null);
        return definition instanceof ObjectTypeDefinition
                        || definition instanceof ObjectTypeExtensionDefinition
                        || registry.getType(name)
                                .map(t -> !(t instanceof EnumTypeDefinition))
                                .orElse(false)
                ? " { __typename }"
                : "";
    }

    private Object value(TypeDefinitionRegistry registry, Type<?> type, int depth) {
        if (random.nextInt(15) == 0) {
            return junk(); // the wrong type altogether
        }
        if (type instanceof NonNullType nonNull) {
            return random.nextInt(30) == 0 ? null : value(registry, nonNull.getType(), depth);
        }
        if (random.nextInt(12) == 0) {
            return null;
        }
        if (type instanceof ListType list) {
            int size = depth > 3 ? 0 : random.nextInt(4);
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                values.add(value(registry, list.getType(), depth + 1));
            }
            return values;
        }
        String name = ((TypeName) type).getName();
        switch (name) {
            case "ID":
                return id();
            case "String":
                return string();
            case "Int", "Long":
                return pick(
                        0,
                        1,
                        -1,
                        2,
                        5,
                        20,
                        100,
                        101,
                        5000,
                        Integer.MAX_VALUE,
                        Integer.MIN_VALUE,
                        (long) Integer.MAX_VALUE + 1,
                        Long.MAX_VALUE,
                        Long.MIN_VALUE,
                        1.5,
                        1e300,
                        "7",
                        "x");
            case "Float":
                return pick(
                        0,
                        0.5,
                        1,
                        3,
                        50,
                        70.25,
                        100,
                        100.0001,
                        -0.0001,
                        -1e308,
                        1e308,
                        Double.MIN_VALUE,
                        4e-320,
                        Double.MAX_VALUE,
                        "NaN",
                        "Infinity",
                        "-Infinity",
                        "50",
                        true);
            case "Boolean":
                return pick(true, false, "true", 1, 0);
            case "Date":
                return pick(
                        "2026-01-01",
                        "2026-03-31",
                        "2026-02-30",
                        "2026-13-01",
                        "0000-01-01",
                        "+999999999-12-31",
                        "-999999999-01-01",
                        "2026-1-1",
                        "",
                        "NaN",
                        "2026-03-01T10:00:00Z");
            case "DateTime":
                return pick(
                        "2026-03-01T10:00:00Z",
                        "2026-01-01T00:00:00+01:00",
                        "2999-01-01T00:00:00Z",
                        "1970-01-01T00:00:00Z",
                        "-999999999-01-01T00:00:00Z",
                        "+999999999-12-31T23:59:59Z",
                        "2026-03-01T10:00:00+25:00",
                        "2026-03-01",
                        "2026-03-01T10:00:00",
                        "now",
                        "");
            default:
                break;
        }
        TypeDefinition<?> definition = registry.getType(name).orElseThrow();
        if (definition instanceof EnumTypeDefinition enumType) {
            if (random.nextInt(8) == 0) {
                return pick("NOPE", "brand", "", "ADMIN ");
            }
            List<EnumValueDefinition> values = enumType.getEnumValueDefinitions();
            return values.get(random.nextInt(values.size())).getName();
        }
        InputObjectTypeDefinition input = (InputObjectTypeDefinition) definition;
        Map<String, Object> object = new LinkedHashMap<>();
        for (InputValueDefinition field : input.getInputValueDefinitions()) {
            boolean required = field.getType() instanceof NonNullType;
            if (required ? random.nextInt(25) > 0 : random.nextBoolean()) {
                object.put(field.getName(), depth > 5 ? null : value(registry, field.getType(), depth + 1));
            }
        }
        if (random.nextInt(25) == 0) {
            object.put("notAField", 1);
        }
        return object;
    }

    private Object junk() {
        return pick(123, -7.5, "junk", true, List.of(1, "a"), Map.of("x", 1), "", List.of());
    }

    private Object id() {
        if (random.nextInt(3) > 0) {
            return realIds.get(random.nextInt(realIds.size()));
        }
        return pick(
                "",
                "x",
                "QnJhbmQ6",
                "QnJhbmQ6eA",
                "Brand:x",
                "=====",
                "\u202e",
                "😀",
                "a".repeat(300),
                "VG91Y2hwb2ludDpub25l",
                "QXBpS2V5Om5vbmU");
    }

    private Object string() {
        return pick(
                "",
                " ",
                "ok",
                "Fuzzed name",
                "UPPER_CODE",
                "SCALE_X",
                "lower",
                "\u202eevil",
                "a\u200bb",
                "😀🎉",
                "a\u0000b",
                "x".repeat(256),
                "x".repeat(2_001),
                "é".repeat(40),
                "${jndi:ldap://x}",
                "{\"$gt\": \"\"}",
                "RETENTION",
                "ACQUISITION_COST",
                "fixture-1",
                "batch-1");
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    // ---------------------------------------------------------------------------------------------------------
    // the CSV URL

    private void csvParameters() {
        List<String> names = List.of(
                "groupBy",
                "bucket",
                "from",
                "to",
                "brandIds",
                "touchpointIds",
                "phases",
                "channels",
                "variables",
                "segmentIds",
                "methods",
                "audience",
                "valueIds",
                "commitmentIds",
                "nope");
        List<String> values = List.of(
                "BRAND",
                "BRAND,TOUCHPOINT",
                "NOPE",
                "",
                ",",
                ",,,",
                "brand",
                "DAY",
                "CENTURY",
                "2026-01-01",
                "2026-02-30",
                "NaN",
                "Infinity",
                "-1",
                "\ud800",
                "\u202e",
                "\u0000",
                "😀",
                "x".repeat(4_000),
                "EMPLOYEE",
                "CUSTOMER",
                "PURCHASE",
                "WEB",
                "ACCESS_EASY",
                "BAROMETER",
                "%",
                "%00",
                "'; --",
                "{\"$gt\":\"\"}");
        for (int i = 0; i < 120; i++) {
            Map<String, String> parameters = new LinkedHashMap<>();
            int count = random.nextInt(4);
            for (int p = 0; p < count; p++) {
                String name = names.get(random.nextInt(names.size()));
                String value = random.nextInt(4) == 0
                        ? realIds.get(random.nextInt(realIds.size()))
                        : values.get(random.nextInt(values.size()));
                parameters.put(name, value);
            }
            Answer answer = client.csv(random.nextInt(10) == 0 ? "nope" : reader, parameters);
            cases++;
            String label = "csv " + abbreviate(parameters.toString());
            assertNoLeak(label, answer);
            assertThat(answer.status()).as("%s: %s", label, answer.body()).isIn(200, 400, 401, 404);
            if (answer.status() != 200) {
                assertThat(answer.json()).as("%s: %s", label, answer.body()).isNotNull();
                JsonNode code = answer.json().has("code")
                        ? answer.json().get("code")
                        : answer.json().at("/errors/0/extensions/code");
                assertThat(code.asString()).as(answer.body()).matches(CODE);
                if (answer.json().has("field")) {
                    // named as in the URL (brandIds[0], to, nope), never by the GraphQL input behind it
                    assertThat(answer.json().get("field").asString())
                            .as("%s: %s", label, answer.body())
                            .matches("[A-Za-z]+(\\[\\d+])?")
                            .doesNotStartWith("filter");
                }
                outcomes.merge("csv " + answer.status() + " " + code.asString(), 1, Integer::sum);
            } else {
                outcomes.merge("csv 200", 1, Integer::sum);
                assertThat(answer.body()).startsWith("brand_id,");
            }
        }
        // a URL beyond the web server's limit of request line and headers (64 KB, server.max-http-request-header-size)
        // is refused by the server itself, before GapLens reads it: a typed error all the same, naming the limit
        Answer tooLong = client.csv(reader, Map.of("brandIds", "x".repeat(70_000)));
        cases++;
        assertNoLeak("csv URL over 64 KB", tooLong);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json()).as(tooLong.body()).isNotNull();
        assertThat(tooLong.json().at("/errors/0/extensions/code").asString()).isEqualTo("VALIDATION");
        assertThat(tooLong.json().at("/errors/0/extensions/reason").asString()).isEqualTo("HEADERS_TOO_LARGE");
        assertThat(tooLong.json().at("/errors/0/extensions/limit").asLong()).isEqualTo(65_536);
        outcomes.merge("csv 400 HEADERS_TOO_LARGE (URL over the server's limit)", 1, Integer::sum);
        // a path the server refuses to map (it climbs above the root): typed too, not the server's HTML page
        Answer climbing = client.get("/%2e%2e/bi/gap-rows.csv", reader);
        cases++;
        assertNoLeak("path above the root", climbing);
        assertThat(climbing.status()).isEqualTo(400);
        assertThat(climbing.json()).as(climbing.body()).isNotNull();
        assertThat(climbing.json().at("/errors/0/extensions/reason").asString()).isEqualTo("MALFORMED_REQUEST");
        outcomes.merge("400 MALFORMED_REQUEST (path above the root)", 1, Integer::sum);
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + " chars)" : s;
    }

    // ---------------------------------------------------------------------------------------------------------
    // the checks

    static final String RECORD = "mutation($input: [MeasurementInput!]!) { recordMeasurements(input: $input) {"
            + " items { index status code reason field } totals { accepted rejected } } }";

    private Map<String, Object> measurement(Map<String, Object> overrides) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("externalId", "m-" + random.nextLong());
        item.put("brandId", realIds.getFirst());
        item.put("touchpointId", realIds.get(2));
        item.put("variable", "ACCESS_EASY");
        item.put("method", "BAROMETER");
        item.put("scale", "PERCENT");
        item.put("value", 50);
        item.put("observedAt", "2026-03-01T10:00:00Z");
        item.putAll(overrides);
        return item;
    }

    private static String body(String document, String variablesJson) {
        return "{\"query\": " + RawGraphQl.JSON.writeValueAsString(document) + ", \"variables\": " + variablesJson
                + "}";
    }

    private Answer post(String token, String document, Map<String, Object> variables) {
        return client.post(token, document, variables);
    }

    private JsonNode ok(String token, String document) {
        Answer answer = client.post(token, document, null);
        assertThat(answer.hasErrors()).as(answer.body()).isFalse();
        return answer.data();
    }

    private Map<String, List<String>> snapshot;

    /**
     * One case: the answer is well formed and typed, leaks nothing; for a mutation, a refusal (any error, or any
     * item not accepted) left every document of the tenant as it was.
     */
    private void check(String label, Answer answer, boolean mutation) {
        cases++;
        assertNoLeak(label, answer);
        assertThat(answer.status()).as("%s: %s", label, answer.body()).isLessThan(500);
        assertThat(answer.json())
                .as("%s: a JSON answer, got %d %s", label, answer.status(), answer.body())
                .isNotNull();
        boolean refused = answer.hasErrors();
        if (refused) {
            for (JsonNode error : answer.errors()) {
                assertThat(error.get("message").asString()).as(label).isNotBlank();
                JsonNode code = error.path("extensions").get("code");
                assertThat(code).as("%s: typed error %s", label, answer.body()).isNotNull();
                assertThat(code.asString()).as(label).matches(CODE).isNotEqualTo("INTERNAL_ERROR");
                outcomes.merge(
                        code.asString() + "/"
                                + error.path("extensions").path("reason").asString(""),
                        1,
                        Integer::sum);
            }
        } else {
            assertThat(answer.json().has("data"))
                    .as("%s: %s", label, answer.body())
                    .isTrue();
            outcomes.merge("success", 1, Integer::sum);
        }
        if (!mutation) {
            return;
        }
        Map<String, List<String>> after = tenantDocuments();
        if (snapshot == null) {
            snapshot = after;
            return;
        }
        boolean anyItemRefused =
                answer.body().contains("\"REJECTED\"") || answer.body().contains("\"CONFLICT\"");
        if (refused) {
            refusedMutations++;
            assertThat(after)
                    .as("%s refused (%s) but wrote", label, answer.body())
                    .isEqualTo(snapshot);
        } else if (anyItemRefused && !answer.body().contains("\"ACCEPTED\"")) {
            refusedMutations++;
            assertThat(after)
                    .as("%s: no item accepted (%s) but written", label, answer.body())
                    .isEqualTo(snapshot);
        }
        snapshot = after;
    }

    private void assertNoLeak(String label, Answer answer) {
        String body = answer.body() == null ? "" : answer.body();
        for (String leak : LEAKS) {
            assertThat(body).as("%s leaks %s", label, leak).doesNotContain(leak);
        }
    }

    /**
     * Every document of the tenant, per collection, once the calls acknowledged so far are folded into the cells (the
     * folder does it in the background too): the query budget, which every call spends, and the roll-ups' bookkeeping
     * (the tokens cells remember, their floors, the watermarks: a background fold may still prune them) aside.
     */
    private Map<String, List<String>> tenantDocuments() {
        rollups.fold();
        Map<String, List<String>> documents = new TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            if (collection.equals("query_budgets") || collection.equals("rollup_watermarks")) {
                continue;
            }
            List<String> json = new ArrayList<>();
            mongo.getCollection(collection)
                    .find(new Document("tenant", tenant.value()))
                    .forEach(d -> {
                        d.remove("taken");
                        d.remove("floor");
                        json.add(d.toJson());
                    });
            json.sort(String::compareTo);
            documents.put(collection, json);
        }
        return documents;
    }
}
