package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.bootstrap.e2e.RawGraphQl.Answer;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Sealed tenants, randomly: two tenants, each with its ADMIN, WRITER and READER keys, take turns calling every
 * mutation and query of the schema (and the CSV URL) with ids drawn from BOTH tenants. A model of each tenant's
 * state, kept here, says what every answer must be. After each step: a call naming another tenant's object is
 * answered exactly as one naming an id that never existed (NOT_FOUND, or null from {@code node}; never FORBIDDEN),
 * and changes nothing; lists, gaps, rows and CSV of a tenant hold its own ids and names only, with the counts it
 * recorded; nothing of the other tenant (id, name) appears in any byte of any answer.
 */
@TestPropertySource(
        properties = {
            "gaplens.graphql.budget.capacity=100000000",
            "gaplens.graphql.budget.refill-per-second=1000000",
            // no background writes (repairs) while the test compares what calls wrote
            "gaplens.rollups.repair-interval=1h"
        })
class TenantIsolationIT extends EndToEndTest {

    static final long SEED = 8_2026L;
    static final int STEPS = 240;

    /** What one tenant holds, as this test made it. */
    final class Model {
        final String tag; // prefix of every name of the tenant: "Qa" / "Zb"
        final TenantId tenant;
        String admin;
        String writer;
        String reader;
        String mainBrand;
        final Map<String, Long> brandVersions = new LinkedHashMap<>();
        final Map<String, String> brandNames = new HashMap<>();
        final Set<String> archivedBrands = new HashSet<>();
        final Map<String, List<String>> valuesOfBrand = new HashMap<>();
        final List<String> segments = new ArrayList<>(); // of the main brand
        final List<String> otherSegments = new ArrayList<>();
        final List<String> touchpoints = new ArrayList<>(); // of the main brand
        final List<String> otherTouchpoints = new ArrayList<>();
        String targetExperience;
        long targetVersion;
        String commitment; // the central commitment kept in every draft
        final Map<String, Long> variants = new LinkedHashMap<>(); // id → version
        final Set<String> segmentsWithVariant = new HashSet<>();
        final List<String> studies = new ArrayList<>();
        final List<String> assessments = new ArrayList<>();
        final List<String> issuedKeys = new ArrayList<>();
        final Set<String> scales = new HashSet<>();
        /** externalId → the item recorded (accepted) */
        final Map<String, Map<String, Object>> measurements = new HashMap<>();

        Model(String tag, TenantId tenant) {
            this.tag = tag;
            this.tenant = tenant;
        }

        long measurementsOf(String brand) {
            return measurements.values().stream()
                    .filter(m -> brand.equals(m.get("brandId")))
                    .count();
        }

        /** Every id this tenant owns (the pool other tenants draw from). */
        Set<String> ids() {
            Set<String> ids = new HashSet<>(brandVersions.keySet());
            valuesOfBrand.values().forEach(ids::addAll);
            ids.addAll(segments);
            ids.addAll(otherSegments);
            ids.addAll(touchpoints);
            ids.addAll(otherTouchpoints);
            ids.add(targetExperience);
            ids.add(commitment);
            ids.addAll(variants.keySet());
            ids.addAll(studies);
            ids.addAll(assessments);
            ids.addAll(issuedKeys);
            return ids;
        }
    }

    private RawGraphQl client;
    private final Random random = new Random(SEED);
    private Model a;
    private Model b;
    private int names;
    private int steps;
    private int foreignCalls;
    private int nothingKept;
    private final Map<String, Integer> refusals = new TreeMap<>();
    private final Map<String, Integer> opCounts = new TreeMap<>();

    @Test
    void nothingOfAnotherTenantIsEverReadCountedChangedOrRevealed() {
        client = new RawGraphQl(baseUrl());
        long nanos = System.nanoTime();
        a = tenant("Qa", new TenantId("iso-a-" + nanos));
        b = tenant("Zb", new TenantId("iso-b-" + nanos));
        List<Function<Model, Boolean>> operations = operations();
        for (steps = 0; steps < STEPS; steps++) {
            Model self = random.nextBoolean() ? a : b;
            int op = random.nextInt(operations.size());
            boolean foreign = operations.get(op).apply(self);
            if (foreign) {
                foreignCalls++;
            }
            checkLists(a); // the other tenant's too: a refused call changed nothing of it
            checkLists(b);
        }
        checkEverything(a);
        checkEverything(b);
        System.out.printf(
                "[TenantIsolationIT] seed %d: %d steps, %d naming the other tenant's objects (%d of them filters"
                        + " that kept nothing); refusals %s; per operation %s%n",
                SEED, STEPS, foreignCalls, nothingKept, refusals, opCounts);
        assertThat(foreignCalls).isGreaterThan(STEPS / 4);
    }

    // ---------------------------------------------------------------------------------------------------------
    // the tenants

    private Model tenant(String tag, TenantId id) {
        Model m = new Model(tag, id);
        m.admin = token(id, Role.ADMIN);
        m.writer = token(id, Role.WRITER);
        m.reader = token(id, Role.READER);
        m.mainBrand = defineBrand(m);
        String value = m.valuesOfBrand.get(m.mainBrand).getFirst();
        for (int i = 0; i < 2; i++) {
            m.touchpoints.add(ok(m, m.admin, DEFINE_TOUCHPOINT, Map.of("input", touchpointInput(m, m.mainBrand)))
                    .at("/defineTouchpoint/id")
                    .asString());
        }
        m.segments.add(ok(m, m.admin, DEFINE_SEGMENT, Map.of("input", segmentInput(m, m.mainBrand)))
                .at("/defineSegment/id")
                .asString());
        JsonNode te = ok(
                        m,
                        m.admin,
                        DRAFT_TARGET,
                        Map.of(
                                "input",
                                Map.of(
                                        "brandId",
                                        m.mainBrand,
                                        "commitments",
                                        List.of(commitment(null, value, null, 70)))))
                .get("draftTargetExperience");
        m.targetExperience = te.get("id").asString();
        m.targetVersion = te.get("version").asLong();
        m.commitment = te.at("/draft/0/id").asString();
        JsonNode published = ok(
                        m,
                        m.admin,
                        PUBLISH_TARGET,
                        Map.of(
                                "input",
                                Map.of(
                                        "targetExperienceId",
                                        m.targetExperience,
                                        "expectedVersion",
                                        m.targetVersion,
                                        "inForceFrom",
                                        "2026-01-01T00:00:00Z")))
                .get("publishTargetExperience");
        m.targetVersion = published.get("version").asLong();
        draftVariant(m, m.segments.getFirst(), m.commitment);
        m.studies.add(ok(m, m.admin, DEFINE_STUDY, Map.of("input", studyInput(m.mainBrand, List.of())))
                .at("/defineImpactStudy/id")
                .asString());
        m.assessments.add(ok(m, m.admin, RECORD_ASSESSMENT, Map.of("input", assessmentInput(m.mainBrand)))
                .at("/recordMaturityAssessment/id")
                .asString());
        m.issuedKeys.add(ok(
                        m,
                        m.admin,
                        ISSUE_KEY,
                        Map.of("input", Map.of("label", m.tag + "-key", "roles", List.of("READER"))))
                .at("/issueApiKey/id")
                .asString());
        return m;
    }

    private String defineBrand(Model m) {
        JsonNode brand = ok(
                        m,
                        m.admin,
                        DEFINE_BRAND,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        name(m, "brand"),
                                        "values",
                                        List.of(Map.of("name", name(m, "value")), Map.of("name", name(m, "value"))))))
                .get("defineBrand");
        String id = brand.get("id").asString();
        m.brandVersions.put(id, brand.get("version").asLong());
        m.brandNames.put(id, brand.get("name").asString());
        List<String> values = new ArrayList<>();
        brand.get("values").forEach(v -> values.add(v.get("id").asString()));
        m.valuesOfBrand.put(id, values);
        return id;
    }

    private void draftVariant(Model m, String segment, String commitment) {
        JsonNode variant = ok(
                        m,
                        m.admin,
                        DRAFT_VARIANT,
                        Map.of(
                                "input",
                                Map.of(
                                        "targetExperienceId",
                                        m.targetExperience,
                                        "segmentId",
                                        segment,
                                        "adjustments",
                                        Map.of(
                                                "overrides",
                                                List.of(Map.of("commitmentId", commitment, "targetLevel", 80))))))
                .get("draftSegmentVariant");
        m.variants.put(variant.get("id").asString(), variant.get("version").asLong());
        m.segmentsWithVariant.add(segment);
    }

    // ---------------------------------------------------------------------------------------------------------
    // the operations: each returns whether it named an object of the other tenant

    private List<Function<Model, Boolean>> operations() {
        List<Function<Model, Boolean>> ops = new ArrayList<>();
        ops.add(this::defineBrandStep);
        ops.add(this::updateBrandStep);
        ops.add(this::addBrandValueStep);
        ops.add(this::archiveBrandStep);
        ops.add(this::defineSegmentStep);
        ops.add(this::defineTouchpointStep);
        ops.add(this::updateTargetStep);
        ops.add(this::publishTargetStep);
        ops.add(this::draftVariantStep);
        ops.add(this::updateVariantStep);
        ops.add(this::publishVariantStep);
        ops.add(this::defineScaleStep);
        ops.add(this::issueKeyStep);
        ops.add(this::revokeKeyStep);
        ops.add(this::recordMeasurementsStep);
        ops.add(this::recordMeasurementsStep);
        ops.add(this::recordMeasurementsStep);
        ops.add(this::defineStudyStep);
        ops.add(this::recordSummaryStep);
        ops.add(this::assessmentStep);
        ops.add(this::rebuildStep);
        ops.add(this::nodeStep);
        ops.add(this::nodeStep);
        ops.add(this::effectiveTargetStep);
        ops.add(this::gapsStep);
        ops.add(this::gapMatrixStep);
        ops.add(this::worstIrritantsStep);
        ops.add(this::biGapRowsStep);
        ops.add(this::csvStep);
        ops.add(this::studiesStep);
        ops.add(this::assessmentsStep);
        return ops;
    }

    private Model other(Model self) {
        return self == a ? b : a;
    }

    /** One of the own ids or, one time in three, one of the other tenant's. */
    private String draw(Model self, List<String> own, List<String> theirs, Set<String> foreignUsed) {
        boolean foreign = !theirs.isEmpty() && (own.isEmpty() || random.nextInt(3) == 0);
        List<String> pool = foreign ? theirs : own;
        String id = pool.get(random.nextInt(pool.size()));
        if (foreign) {
            foreignUsed.add(id);
        }
        return id;
    }

    private List<String> activeBrands(Model m) {
        return m.brandVersions.keySet().stream()
                .filter(id -> !m.archivedBrands.contains(id))
                .toList();
    }

    private boolean defineBrandStep(Model self) {
        count("defineBrand");
        defineBrand(self);
        return false;
    }

    private boolean updateBrandStep(Model self) {
        count("updateBrand");
        Set<String> foreign = new HashSet<>();
        String brand = draw(self, activeBrands(self), activeBrands(other(self)), foreign);
        long version = versionOf(brand);
        String name = name(self, "renamed");
        Map<String, Object> input = Map.of("brandId", brand, "expectedVersion", version, "name", name);
        return mutation(self, self.admin, UPDATE_BRAND, input, foreign, data -> {
            self.brandVersions.put(brand, data.at("/updateBrand/version").asLong());
            self.brandNames.put(brand, name);
        });
    }

    private boolean addBrandValueStep(Model self) {
        count("addBrandValue");
        Set<String> foreign = new HashSet<>();
        String brand = draw(self, activeBrands(self), activeBrands(other(self)), foreign);
        Map<String, Object> input =
                Map.of("brandId", brand, "expectedVersion", versionOf(brand), "name", name(self, "value"));
        return mutation(self, self.admin, ADD_VALUE, input, foreign, data -> {
            self.brandVersions.put(
                    brand, data.at("/addBrandValue/brand/version").asLong());
            self.valuesOfBrand
                    .get(brand)
                    .add(data.at("/addBrandValue/brandValue/id").asString());
        });
    }

    private boolean archiveBrandStep(Model self) {
        count("archiveBrand");
        Set<String> foreign = new HashSet<>();
        List<String> own = activeBrands(self).stream()
                .filter(id -> !id.equals(self.mainBrand))
                .toList();
        List<String> theirs = new ArrayList<>(other(self).brandVersions.keySet());
        String brand = draw(self, own, theirs, foreign);
        return mutation(
                self,
                self.admin,
                ARCHIVE_BRAND,
                Map.of("brandId", brand, "expectedVersion", versionOf(brand)),
                foreign,
                data -> {
                    self.brandVersions.put(
                            brand, data.at("/archiveBrand/version").asLong());
                    self.archivedBrands.add(brand);
                });
    }

    private boolean defineSegmentStep(Model self) {
        count("defineSegment");
        Set<String> foreign = new HashSet<>();
        String brand = draw(self, activeBrands(self), activeBrands(other(self)), foreign);
        return mutation(self, self.admin, DEFINE_SEGMENT, segmentInput(self, brand), foreign, data -> {
            String id = data.at("/defineSegment/id").asString();
            (brand.equals(self.mainBrand) ? self.segments : self.otherSegments).add(id);
        });
    }

    private boolean defineTouchpointStep(Model self) {
        count("defineTouchpoint");
        Set<String> foreign = new HashSet<>();
        String brand = draw(self, activeBrands(self), activeBrands(other(self)), foreign);
        return mutation(self, self.admin, DEFINE_TOUCHPOINT, touchpointInput(self, brand), foreign, data -> {
            String id = data.at("/defineTouchpoint/id").asString();
            (brand.equals(self.mainBrand) ? self.touchpoints : self.otherTouchpoints).add(id);
        });
    }

    private boolean updateTargetStep(Model self) {
        count("updateTargetExperienceDraft");
        Set<String> foreign = new HashSet<>();
        Model other = other(self);
        String target = draw(self, List.of(self.targetExperience), List.of(other.targetExperience), foreign);
        String value =
                draw(self, self.valuesOfBrand.get(self.mainBrand), other.valuesOfBrand.get(other.mainBrand), foreign);
        String touchpoint = draw(self, self.touchpoints, other.touchpoints, foreign);
        String kept = draw(self, List.of(self.commitment), List.of(other.commitment), foreign);
        Map<String, Object> input = Map.of(
                "targetExperienceId",
                target,
                "expectedVersion",
                target.equals(self.targetExperience) ? self.targetVersion : other.targetVersion,
                "commitments",
                List.of(
                        commitment(kept, self.valuesOfBrand.get(self.mainBrand).getFirst(), null, 70),
                        commitment(null, value, touchpoint, 40 + random.nextInt(50))));
        return mutation(self, self.admin, UPDATE_TARGET, input, foreign, data -> {
            self.targetVersion = data.at("/updateTargetExperienceDraft/version").asLong();
        });
    }

    private boolean publishTargetStep(Model self) {
        count("publishTargetExperience");
        Set<String> foreign = new HashSet<>();
        Model other = other(self);
        String target = draw(self, List.of(self.targetExperience), List.of(other.targetExperience), foreign);
        if (foreign.isEmpty()) {
            updateTargetOwn(self); // something to publish
        }
        Map<String, Object> input = Map.of(
                "targetExperienceId",
                target,
                "expectedVersion",
                target.equals(self.targetExperience) ? self.targetVersion : other.targetVersion);
        return mutation(self, self.admin, PUBLISH_TARGET, input, foreign, data -> {
            self.targetVersion = data.at("/publishTargetExperience/version").asLong();
        });
    }

    private void updateTargetOwn(Model self) {
        JsonNode data = ok(
                self,
                self.admin,
                UPDATE_TARGET,
                Map.of(
                        "input",
                        Map.of(
                                "targetExperienceId",
                                self.targetExperience,
                                "expectedVersion",
                                self.targetVersion,
                                "commitments",
                                List.of(commitment(
                                        self.commitment,
                                        self.valuesOfBrand.get(self.mainBrand).getFirst(),
                                        null,
                                        50 + random.nextInt(40))))));
        self.targetVersion = data.at("/updateTargetExperienceDraft/version").asLong();
    }

    private boolean draftVariantStep(Model self) {
        count("draftSegmentVariant");
        Set<String> foreign = new HashSet<>();
        Model other = other(self);
        List<String> free = self.segments.stream()
                .filter(s -> !self.segmentsWithVariant.contains(s))
                .toList();
        if (free.isEmpty()) {
            String segment = ok(self, self.admin, DEFINE_SEGMENT, Map.of("input", segmentInput(self, self.mainBrand)))
                    .at("/defineSegment/id")
                    .asString();
            self.segments.add(segment);
            free = List.of(segment);
        }
        String target = draw(self, List.of(self.targetExperience), List.of(other.targetExperience), foreign);
        String segment = draw(self, free, other.segments, foreign);
        String commitment = draw(self, List.of(self.commitment), List.of(other.commitment), foreign);
        Map<String, Object> input = Map.of(
                "targetExperienceId",
                target,
                "segmentId",
                segment,
                "adjustments",
                Map.of("overrides", List.of(Map.of("commitmentId", commitment, "targetLevel", 75))));
        return mutation(self, self.admin, DRAFT_VARIANT, input, foreign, data -> {
            self.variants.put(
                    data.at("/draftSegmentVariant/id").asString(),
                    data.at("/draftSegmentVariant/version").asLong());
            self.segmentsWithVariant.add(segment);
        });
    }

    private boolean updateVariantStep(Model self) {
        count("updateSegmentVariantDraft");
        Set<String> foreign = new HashSet<>();
        Model other = other(self);
        String variant = draw(self, List.copyOf(self.variants.keySet()), List.copyOf(other.variants.keySet()), foreign);
        String commitment = draw(self, List.of(self.commitment), List.of(other.commitment), foreign);
        long version = self.variants.containsKey(variant) ? self.variants.get(variant) : other.variants.get(variant);
        Map<String, Object> input = Map.of(
                "segmentVariantId",
                variant,
                "expectedVersion",
                version,
                "adjustments",
                Map.of(
                        "overrides",
                        List.of(Map.of("commitmentId", commitment, "targetLevel", 60 + random.nextInt(30)))));
        return mutation(
                self,
                self.admin,
                UPDATE_VARIANT,
                input,
                foreign,
                data -> self.variants.put(
                        variant, data.at("/updateSegmentVariantDraft/version").asLong()));
    }

    private boolean publishVariantStep(Model self) {
        count("publishSegmentVariant");
        Set<String> foreign = new HashSet<>();
        Model other = other(self);
        String variant = draw(self, List.copyOf(self.variants.keySet()), List.copyOf(other.variants.keySet()), foreign);
        if (foreign.isEmpty()) {
            JsonNode data = ok(
                    self,
                    self.admin,
                    UPDATE_VARIANT,
                    Map.of(
                            "input",
                            Map.of(
                                    "segmentVariantId",
                                    variant,
                                    "expectedVersion",
                                    self.variants.get(variant),
                                    "adjustments",
                                    Map.of(
                                            "overrides",
                                            List.of(Map.of(
                                                    "commitmentId",
                                                    self.commitment,
                                                    "targetLevel",
                                                    60 + random.nextInt(30)))))));
            self.variants.put(
                    variant, data.at("/updateSegmentVariantDraft/version").asLong());
        }
        long version = self.variants.containsKey(variant) ? self.variants.get(variant) : other.variants.get(variant);
        return mutation(
                self,
                self.admin,
                PUBLISH_VARIANT,
                Map.of("segmentVariantId", variant, "expectedVersion", version),
                foreign,
                data -> self.variants.put(
                        variant, data.at("/publishSegmentVariant/version").asLong()));
    }

    private boolean defineScaleStep(Model self) {
        count("defineScale");
        // the same codes in both tenants: each tenant's are its own, so neither sees the other's as taken
        String code = "SCALE_" + random.nextInt(6);
        Map<String, Object> input = Map.of(
                "scaleCode", code, "name", name(self, "scale"), "min", 0, "max", 10, "direction", "HIGHER_IS_BETTER");
        Answer answer = call(self, self.admin, DEFINE_SCALE, Map.of("input", input));
        if (self.scales.contains(code)) {
            assertThat(answer.code()).as(answer.body()).isEqualTo("CONFLICT");
        } else {
            assertThat(answer.hasErrors()).as(answer.body()).isFalse();
            self.scales.add(code);
        }
        return false;
    }

    private boolean issueKeyStep(Model self) {
        count("issueApiKey");
        self.issuedKeys.add(ok(
                        self,
                        self.admin,
                        ISSUE_KEY,
                        Map.of("input", Map.of("label", name(self, "key"), "roles", List.of("READER"))))
                .at("/issueApiKey/id")
                .asString());
        return false;
    }

    private boolean revokeKeyStep(Model self) {
        count("revokeApiKey");
        Set<String> foreign = new HashSet<>();
        String key = draw(self, self.issuedKeys, other(self).issuedKeys, foreign);
        return mutation(self, self.admin, REVOKE_KEY, Map.of("apiKeyId", key), foreign, data -> {});
    }

    private boolean recordMeasurementsStep(Model self) {
        count("recordMeasurements");
        Model other = other(self);
        int size = 1 + random.nextInt(5);
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        Map<String, Map<String, Object>> toAccept = new LinkedHashMap<>();
        boolean anyForeign = false;
        // the other tenant's ids this caller sends: a refusal may quote them back (the caller has them), nothing more
        Set<String> sentForeign = new HashSet<>();
        Set<String> usedInBatch = new HashSet<>();
        for (int i = 0; i < size; i++) {
            // external ids from one small range shared by both tenants: the other's never make ours duplicates
            String externalId = "m-" + random.nextInt(150);
            if (usedInBatch.contains(externalId) && !toAccept.containsKey(externalId)) {
                externalId += "-" + i; // a rejected item's id is not repeated within its batch
            }
            usedInBatch.add(externalId);
            Map<String, Object> item;
            String status;
            if (self.measurements.containsKey(externalId)) {
                item = self.measurements.get(externalId);
                status = "DUPLICATE";
            } else if (toAccept.containsKey(externalId)) {
                item = toAccept.get(externalId);
                status = "DUPLICATE";
            } else {
                Set<String> foreign = new HashSet<>();
                item = new LinkedHashMap<>();
                item.put("externalId", externalId);
                String brand = draw(self, List.of(self.mainBrand), List.of(other.mainBrand), foreign);
                item.put("brandId", brand);
                item.put("touchpointId", draw(self, self.touchpoints, other.touchpoints, foreign));
                if (random.nextBoolean()) {
                    item.put("segmentId", draw(self, self.segments, other.segments, foreign));
                }
                item.put("variable", random.nextBoolean() ? "ACCESS_EASY" : "USE_USEFUL");
                item.put("method", random.nextBoolean() ? "BAROMETER" : "SOCIAL");
                item.put("scale", "PERCENT");
                item.put("value", random.nextInt(101));
                item.put("observedAt", "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T10:00:00Z");
                item.put("sourceReference", self.tag + "-source");
                if (foreign.isEmpty()) {
                    status = "ACCEPTED";
                    toAccept.put(externalId, item);
                } else {
                    status = "REJECTED";
                    anyForeign = true;
                    sentForeign.addAll(foreign);
                }
            }
            items.add(item);
            expected.add(status);
        }
        Answer answer = call(self, self.writer, RECORD_MEASUREMENTS, Map.of("input", items), sentForeign);
        assertThat(answer.hasErrors()).as(answer.body()).isFalse();
        JsonNode outcomes = answer.data().at("/recordMeasurements/items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode outcome = outcomes.get(i);
            assertThat(outcome.get("status").asString())
                    .as("item %d of %s: %s", i, items, outcome)
                    .isEqualTo(expected.get(i));
            if (expected.get(i).equals("REJECTED")) {
                assertThat(outcome.get("code").asString())
                        .as(outcome.toString())
                        .isEqualTo("NOT_FOUND");
            }
        }
        self.measurements.putAll(toAccept);
        return anyForeign;
    }

    private boolean defineStudyStep(Model self) {
        count("defineImpactStudy");
        Set<String> foreign = new HashSet<>();
        Model other = other(self);
        String brand = draw(self, List.of(self.mainBrand), List.of(other.mainBrand), foreign);
        List<String> targeted = List.of(draw(self, self.touchpoints, other.touchpoints, foreign));
        return mutation(
                self,
                self.admin,
                DEFINE_STUDY,
                studyInput(brand, targeted),
                foreign,
                data -> self.studies.add(data.at("/defineImpactStudy/id").asString()));
    }

    private boolean recordSummaryStep(Model self) {
        count("recordImpactSummary");
        Set<String> foreign = new HashSet<>();
        String study = draw(self, self.studies, other(self).studies, foreign);
        Map<String, Object> input = Map.of(
                "studyId",
                study,
                "metric",
                "RETENTION",
                "group",
                random.nextBoolean() ? "EXPOSED" : "CONTROL",
                "summary",
                Map.of("n", 100, "successes", random.nextInt(100)));
        return mutation(self, self.writer, RECORD_SUMMARY, input, foreign, data -> {});
    }

    private boolean assessmentStep(Model self) {
        count("recordMaturityAssessment");
        Set<String> foreign = new HashSet<>();
        String brand = draw(self, List.of(self.mainBrand), List.of(other(self).mainBrand), foreign);
        return mutation(
                self,
                self.admin,
                RECORD_ASSESSMENT,
                assessmentInput(brand),
                foreign,
                data -> self.assessments.add(
                        data.at("/recordMaturityAssessment/id").asString()));
    }

    private boolean rebuildStep(Model self) {
        count("rebuildRollups");
        Set<String> foreign = new HashSet<>();
        String brand = draw(self, List.of(self.mainBrand), List.of(other(self).mainBrand), foreign);
        Map<String, Object> input =
                Map.of("brandId", brand, "period", Map.of("from", "2026-01-01", "to", "2026-09-30"));
        return mutation(self, self.admin, REBUILD, input, foreign, data -> {
            assertThat(data.at("/rebuildRollups/cellsDiffering").asLong()).isZero();
            assertThat(data.at("/rebuildRollups/measurementsRead").asLong()).isEqualTo(self.measurementsOf(brand));
        });
    }

    private boolean nodeStep(Model self) {
        count("node");
        Model other = other(self);
        boolean foreign = random.nextInt(2) == 0;
        List<String> pool = new ArrayList<>((foreign ? other : self).ids());
        pool.sort(String::compareTo);
        String id = pool.get(random.nextInt(pool.size()));
        Answer answer = call(self, self.reader, NODE, Map.of("id", id));
        assertThat(answer.hasErrors()).as(answer.body()).isFalse();
        JsonNode node = answer.data().get("node");
        if (foreign) {
            assertThat(node.isNull())
                    .as("node(%s) of the other tenant: %s", id, answer.body())
                    .isTrue();
            Answer ghost = call(self, self.reader, NODE, Map.of("id", ghost(id)));
            assertThat(ghost.data().get("node").isNull()).isTrue();
        } else if (!node.isNull()) {
            assertThat(node.get("id").asString()).isEqualTo(id);
        }
        return foreign;
    }

    private boolean effectiveTargetStep(Model self) {
        count("effectiveTarget");
        Set<String> foreign = new HashSet<>();
        Model other = other(self);
        String brand = draw(self, List.of(self.mainBrand), List.of(other.mainBrand), foreign);
        String segment = draw(self, self.segments, other.segments, foreign);
        return query(
                self, self.reader, EFFECTIVE_TARGET, Map.of("brandId", brand, "segmentId", segment), foreign, data -> {
                    JsonNode target = data.get("effectiveTarget");
                    assertThat(target.at("/brand/id").asString()).isEqualTo(brand);
                    assertThat(target.at("/segment/id").asString()).isEqualTo(segment);
                });
    }

    private boolean gapsStep(Model self) {
        count("gaps");
        Set<String> foreign = new HashSet<>();
        Model other = other(self);
        String brand = draw(self, List.of(self.mainBrand), List.of(other.mainBrand), foreign);
        Map<String, Object> variables =
                Map.of("filter", Map.of("brandIds", List.of(brand)), "groupBy", List.of("BRAND"));
        return query(self, self.reader, GAPS, variables, foreign, data -> {
            long count = 0;
            for (JsonNode edge : data.at("/gaps/edges")) {
                assertThat(edge.at("/node/keys/0/value").asString()).isEqualTo(brand);
                count += edge.at("/node/count").asLong();
            }
            assertThat(count).isEqualTo(self.measurementsOf(brand));
        });
    }

    private boolean gapMatrixStep(Model self) {
        count("gapMatrix");
        Set<String> foreign = new HashSet<>();
        Model other = other(self);
        String brand = draw(self, List.of(self.mainBrand), List.of(other.mainBrand), foreign);
        return query(self, self.reader, GAP_MATRIX, Map.of("brandId", brand), foreign, data -> {
            JsonNode total = data.at("/gapMatrix/total");
            long count = total.isNull() || total.isMissingNode()
                    ? 0
                    : total.get("count").asLong();
            assertThat(count).isEqualTo(self.measurementsOf(brand));
        });
    }

    private boolean worstIrritantsStep(Model self) {
        count("worstIrritants");
        Set<String> foreign = new HashSet<>();
        Model other = other(self);
        String touchpoint = draw(self, self.touchpoints, other.touchpoints, foreign);
        Map<String, Object> variables = Map.of("filter", Map.of("touchpointIds", List.of(touchpoint)));
        return query(self, self.reader, WORST_IRRITANTS, variables, foreign, data -> {
            for (JsonNode cell : data.get("worstIrritants")) {
                for (JsonNode key : cell.get("keys")) {
                    if (key.get("dimension").asString().equals("TOUCHPOINT")) {
                        assertThat(key.get("value").asString()).isEqualTo(touchpoint);
                    }
                }
            }
        });
    }

    private boolean biGapRowsStep(Model self) {
        count("biGapRows");
        Answer answer =
                call(self, self.reader, BI_ROWS, Map.of("groupBy", List.of("BRAND", "TOUCHPOINT"), "first", 100));
        assertThat(answer.hasErrors()).as(answer.body()).isFalse();
        long n = 0;
        for (JsonNode edge : answer.data().at("/biGapRows/edges")) {
            assertThat(edge.at("/node/brand_id").asString()).isEqualTo(self.mainBrand);
            assertThat(self.touchpoints).contains(edge.at("/node/touchpoint_id").asString());
            n += edge.at("/node/n").asLong();
        }
        assertThat(n).isEqualTo(self.measurements.size());
        return false;
    }

    private boolean csvStep(Model self) {
        count("GET /bi/gap-rows.csv");
        Set<String> foreign = new HashSet<>();
        Model other = other(self);
        String brand = draw(self, List.of(self.mainBrand), List.of(other.mainBrand), foreign);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("groupBy", "BRAND,TOUCHPOINT");
        if (random.nextBoolean() || !foreign.isEmpty()) {
            parameters.put("brandIds", brand);
        }
        Answer answer = client.csv(self.reader, parameters);
        assertClean(self, answer, foreign);
        if (!foreign.isEmpty()) {
            Map<String, String> ghostParameters = new LinkedHashMap<>(parameters);
            ghostParameters.put("brandIds", ghost(brand));
            Answer ghost = client.csv(self.reader, ghostParameters);
            assertThat(answer.status()).isEqualTo(ghost.status());
            assertThat(answer.body().replace(brand, "?")).isEqualTo(ghost.body().replace(ghost(brand), "?"));
            return true;
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        String[] lines = answer.body().split("\r?\n");
        List<String> header = List.of(lines[0].split(","));
        int brandColumn = header.indexOf("brand_id");
        int nColumn = header.indexOf("n");
        long n = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            assertThat(cells[brandColumn]).isEqualTo(self.mainBrand);
            n += Long.parseLong(cells[nColumn]);
        }
        assertThat(n).isEqualTo(self.measurements.size());
        return false;
    }

    private boolean studiesStep(Model self) {
        count("impactStudies/impactStudy");
        Set<String> foreign = new HashSet<>();
        Model other = other(self);
        if (random.nextBoolean()) {
            String brand = draw(self, List.of(self.mainBrand), List.of(other.mainBrand), foreign);
            return query(self, self.reader, STUDIES, Map.of("brandId", brand), foreign, data -> {
                List<String> ids = new ArrayList<>();
                data.at("/impactStudies/edges")
                        .forEach(e -> ids.add(e.at("/node/id").asString()));
                assertThat(ids).containsExactlyInAnyOrderElementsOf(self.studies);
            });
        }
        String study = draw(self, self.studies, other.studies, foreign);
        return query(
                self,
                self.reader,
                STUDY,
                Map.of("studyId", study),
                foreign,
                data -> assertThat(data.at("/impactStudy/id").asString()).isEqualTo(study));
    }

    private boolean assessmentsStep(Model self) {
        count("maturityAssessments");
        Set<String> foreign = new HashSet<>();
        String brand = draw(self, List.of(self.mainBrand), List.of(other(self).mainBrand), foreign);
        return query(self, self.reader, ASSESSMENTS, Map.of("brandId", brand), foreign, data -> {
            List<String> ids = new ArrayList<>();
            data.at("/maturityAssessments/edges")
                    .forEach(e -> ids.add(e.at("/node/id").asString()));
            assertThat(ids).containsExactlyElementsOf(self.assessments);
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // the checks

    /** The tenant's lists, after every step: its brands (ids, names, versions) exactly as the model has them. */
    private void checkLists(Model self) {
        Answer answer = call(self, self.reader, BRANDS, Map.of());
        Map<String, Long> versions = new HashMap<>();
        Map<String, String> brandNames = new HashMap<>();
        for (JsonNode edge : answer.data().at("/brands/edges")) {
            versions.put(
                    edge.at("/node/id").asString(), edge.at("/node/version").asLong());
            brandNames.put(edge.at("/node/id").asString(), edge.at("/node/name").asString());
        }
        assertThat(versions).as("step %d", steps).isEqualTo(self.brandVersions);
        assertThat(brandNames).isEqualTo(self.brandNames);
    }

    private void checkEverything(Model self) {
        checkLists(self);
        Answer keys = call(self, self.admin, "{ apiKeys { id label } }", Map.of());
        List<String> keyIds = new ArrayList<>();
        keys.data().get("apiKeys").forEach(k -> keyIds.add(k.get("id").asString()));
        assertThat(keyIds).containsAll(self.issuedKeys).hasSize(self.issuedKeys.size() + 3);
        Answer gaps = call(self, self.reader, GAPS, Map.of("groupBy", List.of("BRAND", "TOUCHPOINT", "SEGMENT")));
        long total = 0;
        for (JsonNode edge : gaps.data().at("/gaps/edges")) {
            total += edge.at("/node/count").asLong();
        }
        assertThat(total).isEqualTo(self.measurements.size());
        Answer scales = call(self, self.reader, "{ scales { code name standard } }", Map.of());
        Set<String> own = new HashSet<>();
        scales.data().get("scales").forEach(s -> {
            if (!s.get("standard").asBoolean()) {
                own.add(s.get("code").asString());
            }
        });
        assertThat(own).isEqualTo(self.scales);
    }

    /** A mutation: own objects only must succeed; naming one of the other tenant must be answered as a ghost's. */
    private boolean mutation(
            Model self,
            String token,
            String document,
            Map<String, Object> input,
            Set<String> foreign,
            java.util.function.Consumer<JsonNode> onSuccess) {
        return query(self, token, document, Map.of("input", input), foreign, onSuccess);
    }

    private boolean query(
            Model self,
            String token,
            String document,
            Map<String, Object> variables,
            Set<String> foreign,
            java.util.function.Consumer<JsonNode> onSuccess) {
        Answer answer = call(self, token, document, variables, foreign);
        if (foreign.isEmpty()) {
            assertThat(answer.hasErrors())
                    .as("step %d: %s", steps, answer.body())
                    .isFalse();
            onSuccess.accept(answer.data());
            return false;
        }
        Map<String, Object> ghostVariables = ghostAll(variables, foreign);
        Answer ghost = call(self, token, document, ghostVariables);
        assertThat(answer.status()).isEqualTo(ghost.status());
        if (answer.hasErrors() || document.startsWith("mutation")) {
            // refused exactly as an id that never existed is: NOT_FOUND (never FORBIDDEN, never CONFLICT)
            // (an id inside an input that must name a part of the object changed — a commitment of this draft, a
            // touchpoint of this brand — is refused as such: VALIDATION / UNKNOWN_…, whoever owns the id)
            assertThat(answer.code() + "/" + answer.reason())
                    .as("step %d naming %s: %s", steps, foreign, answer.body())
                    .matches("NOT_FOUND/.*|VALIDATION/UNKNOWN_[A-Z_]+");
            refusals.merge(answer.code() + "/" + answer.reason(), 1, Integer::sum);
            assertThat(List.of(answer.code(), String.valueOf(answer.reason()), field(answer)))
                    .as("answered as for an id that never existed: %s / %s", answer.body(), ghost.body())
                    .isEqualTo(List.of(ghost.code(), String.valueOf(ghost.reason()), field(ghost)));
        } else {
            // a filter naming it keeps nothing, exactly as one naming an id that never existed
            String data = answer.data().toString();
            String ghostData = ghost.data().toString();
            for (String id : foreign) {
                data = data.replace(id, ghost(id));
            }
            assertThat(data).as("step %d naming %s", steps, foreign).isEqualTo(ghostData);
            nothingKept++;
        }
        return true;
    }

    private static String field(Answer answer) {
        JsonNode field = answer.errors().get(0).path("extensions").get("field");
        return field == null ? "-" : field.asString();
    }

    private Answer call(Model self, String token, String document, Map<String, Object> variables) {
        return call(self, token, document, variables, Set.of());
    }

    private Answer call(Model self, String token, String document, Map<String, Object> variables, Set<String> sent) {
        Answer answer = client.post(token, document, variables);
        assertClean(self, answer, sent);
        return answer;
    }

    /** Nothing of the other tenant in any byte (but the ids the caller sent itself), no internals. */
    private void assertClean(Model self, Answer answer, Set<String> sent) {
        assertThat(answer.status()).as(answer.body()).isLessThan(500);
        String body = answer.body();
        assertThat(body).doesNotContain("Exception").doesNotContain("com.gaplens");
        Model other = other(self);
        if (other == null) {
            return; // the first tenant, being set up
        }
        assertThat(body).as("names of the other tenant").doesNotContain(other.tag + "-");
        for (String id : other.ids()) {
            if (id != null && !sent.contains(id)) {
                assertThat(body).as("id of the other tenant").doesNotContain(id);
            }
        }
    }

    private JsonNode ok(Model self, String token, String document, Map<String, Object> variables) {
        Answer answer = call(self, token, document, variables);
        assertThat(answer.hasErrors()).as(answer.body()).isFalse();
        return answer.data();
    }

    private long versionOf(String brand) {
        return a.brandVersions.containsKey(brand) ? a.brandVersions.get(brand) : b.brandVersions.get(brand);
    }

    /** An id of the same kind as {@code id} that never existed. */
    private static String ghost(String id) {
        String decoded = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        String type = decoded.substring(0, decoded.indexOf(':'));
        String raw = decoded.substring(decoded.indexOf(':') + 1);
        String ghostRaw = new StringBuilder(raw).reverse().toString();
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((type + ":" + ghostRaw).getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ghostAll(Map<String, Object> variables, Set<String> foreign) {
        return (Map<String, Object>) replace(variables, foreign);
    }

    private static Object replace(Object value, Set<String> foreign) {
        if (value instanceof String s && foreign.contains(s)) {
            return ghost(s);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, replace(v, foreign)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> replace(v, foreign)).toList();
        }
        return value;
    }

    private String name(Model m, String what) {
        return m.tag + "-" + what + "-" + (++names);
    }

    private void count(String operation) {
        opCounts.merge(operation, 1, Integer::sum);
    }

    private Map<String, Object> touchpointInput(Model m, String brand) {
        return Map.of("brandId", brand, "name", name(m, "touchpoint"), "phase", "PURCHASE", "channel", "WEB");
    }

    private Map<String, Object> segmentInput(Model m, String brand) {
        return Map.of("brandId", brand, "kind", "PROFILE", "name", name(m, "segment"));
    }

    private static Map<String, Object> commitment(String id, String value, String touchpoint, int level) {
        Map<String, Object> commitment = new LinkedHashMap<>();
        if (id != null) {
            commitment.put("id", id);
        }
        commitment.put("brandValue", value);
        commitment.put("variable", touchpoint == null ? "ACCESS_EASY" : "USE_USEFUL");
        if (touchpoint != null) {
            commitment.put("scope", Map.of("touchpoints", List.of(touchpoint)));
        }
        commitment.put("targetLevel", level);
        commitment.put("wording", "promise " + level);
        return commitment;
    }

    private static Map<String, Object> studyInput(String brand, List<String> touchpoints) {
        return Map.of(
                "brandId",
                brand,
                "initiative",
                "an initiative",
                "period",
                Map.of("from", "2026-01-01", "to", "2026-06-30"),
                "metrics",
                List.of(Map.of("code", "RETENTION")),
                "targetedTouchpointIds",
                touchpoints);
    }

    private static Map<String, Object> assessmentInput(String brand) {
        return Map.of(
                "brandId",
                brand,
                "functionsInvolved",
                List.of("MARKETING", "CUSTOMER_SERVICE"),
                "feedbackChangesExistingOffers",
                true,
                "newOffersDesignedWithExperience",
                false,
                "customersCoCreate",
                false,
                "employeeExperienceMeasured",
                false);
    }

    // ---------------------------------------------------------------------------------------------------------
    // the documents

    static final String BRAND_FIELDS = "id name version status values { id name }";
    static final String DEFINE_BRAND =
            "mutation($input: DefineBrandInput!) { defineBrand(input: $input) { " + BRAND_FIELDS + " } }";
    static final String UPDATE_BRAND =
            "mutation($input: UpdateBrandInput!) { updateBrand(input: $input) { " + BRAND_FIELDS + " } }";
    static final String ARCHIVE_BRAND =
            "mutation($input: ArchiveBrandInput!) { archiveBrand(input: $input) { " + BRAND_FIELDS + " } }";
    static final String ADD_VALUE = "mutation($input: AddBrandValueInput!) { addBrandValue(input: $input) {"
            + " brand { " + BRAND_FIELDS + " } brandValue { id name } } }";
    static final String DEFINE_SEGMENT =
            "mutation($input: DefineSegmentInput!) { defineSegment(input: $input) { id name brand { id } } }";
    static final String DEFINE_TOUCHPOINT =
            "mutation($input: DefineTouchpointInput!) { defineTouchpoint(input: $input) { id name brand { id } } }";
    static final String TARGET_FIELDS =
            "id version hasUnpublishedChanges draft { id brandValue { id name } scope { touchpoints { id name } } }";
    static final String DRAFT_TARGET = "mutation($input: DraftTargetExperienceInput!) {"
            + " draftTargetExperience(input: $input) { " + TARGET_FIELDS + " } }";
    static final String UPDATE_TARGET = "mutation($input: UpdateTargetExperienceDraftInput!) {"
            + " updateTargetExperienceDraft(input: $input) { " + TARGET_FIELDS + " } }";
    static final String PUBLISH_TARGET = "mutation($input: PublishTargetExperienceInput!) {"
            + " publishTargetExperience(input: $input) { " + TARGET_FIELDS + " versions { number } } }";
    static final String VARIANT_FIELDS =
            "id version segment { id name } draft { overrides { commitmentId targetLevel } }";
    static final String DRAFT_VARIANT = "mutation($input: DraftSegmentVariantInput!) {"
            + " draftSegmentVariant(input: $input) { " + VARIANT_FIELDS + " } }";
    static final String UPDATE_VARIANT = "mutation($input: UpdateSegmentVariantDraftInput!) {"
            + " updateSegmentVariantDraft(input: $input) { " + VARIANT_FIELDS + " } }";
    static final String PUBLISH_VARIANT = "mutation($input: PublishSegmentVariantInput!) {"
            + " publishSegmentVariant(input: $input) { " + VARIANT_FIELDS + " } }";
    static final String DEFINE_SCALE =
            "mutation($input: DefineScaleInput!) { defineScale(input: $input) { code name version } }";
    static final String ISSUE_KEY =
            "mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { id label roles } }";
    static final String REVOKE_KEY =
            "mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { id label revokedAt } }";
    static final String RECORD_MEASUREMENTS = "mutation($input: [MeasurementInput!]!) {"
            + " recordMeasurements(input: $input) { items { index externalId status code reason field message }"
            + " totals { accepted duplicates conflicts rejected } } }";
    static final String DEFINE_STUDY =
            "mutation($input: DefineImpactStudyInput!) { defineImpactStudy(input: $input) { id initiative } }";
    static final String RECORD_SUMMARY =
            "mutation($input: RecordImpactSummaryInput!) { recordImpactSummary(input: $input) { id } }";
    static final String RECORD_ASSESSMENT = "mutation($input: RecordMaturityAssessmentInput!) {"
            + " recordMaturityAssessment(input: $input) { id stage } }";
    static final String REBUILD = "mutation($input: RebuildRollupsInput!) { rebuildRollups(input: $input) {"
            + " daysTotal measurementsRead cellsChecked cellsDiffering } }";
    static final String NODE = "query($id: ID!) { node(id: $id) { __typename id"
            + " ... on Brand { name version } ... on Segment { name } ... on Touchpoint { name } } }";
    static final String BRANDS = "{ brands(first: 100) { edges { node { id name version } } } }";
    static final String EFFECTIVE_TARGET = "query($brandId: ID!, $segmentId: ID) {"
            + " effectiveTarget(brandId: $brandId, segmentId: $segmentId) { brand { id name } segment { id name }"
            + " commitments { id provenance targetLevel brandValue { id name } } } }";
    static final String CELL = "keys { dimension value label } bucket count lived target gap";
    static final String GAPS = "query($filter: GapFilterInput, $groupBy: [GapDimension!]) {"
            + " gaps(filter: $filter, groupBy: $groupBy, first: 100) { edges { node { " + CELL + " } } } }";
    static final String GAP_MATRIX = "query($brandId: ID!) { gapMatrix(brandId: $brandId) {" + " cells { " + CELL
            + " } total { " + CELL + " } } }";
    static final String WORST_IRRITANTS =
            "query($filter: GapFilterInput) {" + " worstIrritants(filter: $filter, first: 50) { " + CELL + " } }";
    static final String BI_ROWS = "query($groupBy: [GapDimension!], $first: Int) {"
            + " biGapRows(groupBy: $groupBy, first: $first) { edges { node {"
            + " brand_id brand touchpoint_id touchpoint n lived target gap } } } }";
    static final String STUDIES = "query($brandId: ID) { impactStudies(brandId: $brandId, first: 100) {"
            + " edges { node { id initiative } } } }";
    static final String STUDY = "query($studyId: ID!) { impactStudy(studyId: $studyId) { id initiative } }";
    static final String ASSESSMENTS = "query($brandId: ID!) { maturityAssessments(brandId: $brandId, first: 100) {"
            + " edges { node { id stage } } } }";
}
