package dev.tenet.model.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tenet.model.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped schema files themselves: valid, documented for editors, strict, self-contained. */
class SchemaFilesTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Objects that take any keys: an organisation's extensions, and a test case's design parts. */
    private static final Set<String> FREE_FORM = Set.of(
            "workload-design.schema.json#/$defs/spec/properties/extensions",
            "policy-test.schema.json#/$defs/case/properties/inline",
            "policy-test.schema.json#/$defs/case/properties/patch",
            "policy-test.schema.json#/$defs/case/properties/meta");
    private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "$ref", "$defs", "title", "description",
            "type", "const", "enum", "default", "properties", "required", "additionalProperties", "propertyNames",
            "minProperties", "items", "minItems", "uniqueItems", "minLength", "pattern", "format", "minimum", "maximum");

    private static JsonNode schema(Kind kind) {
        return JSON.readTree(Schemas.text(kind));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eachSchemaIsValidAgainstTheDraft2020_12MetaSchema(Kind kind) {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(DRAFT_2020_12));
        assertThat(metaSchema.validate(schema(kind))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eachSchemaIsPublishedUnderItsKindsIdAndDeclaresItsDraft(Kind kind) {
        JsonNode schema = schema(kind);
        assertThat(schema.path("$id").asString()).isEqualTo("https://tenet.dev/schemas/" + kind.schemaName() + ".schema.json")
                .isEqualTo(Schemas.id(kind));
        assertThat(schema.path("$schema").asString()).isEqualTo(DRAFT_2020_12);
        assertThat(schema.path("title").asString()).isEqualTo("Tenet " + kind.kindName());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyDocumentNeedsApiVersionKindMetadataAndSpecWithTheKindsConstants(Kind kind) {
        JsonNode schema = schema(kind);
        assertThat(schema.path("required").valueStream().map(JsonNode::asString))
                .containsExactly("apiVersion", "kind", "metadata", "spec");
        assertThat(schema.at("/properties/apiVersion/const").asString()).isEqualTo(Kind.API_VERSION);
        assertThat(schema.at("/properties/kind/const").asString()).isEqualTo(kind.kindName());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyPropertyHasATitleAndADescriptionForEditors(Kind kind) {
        JsonNode root = schema(kind);
        List<String> undocumented = new ArrayList<>();
        walk(root, Schemas.fileName(kind) + "#", (where, node) -> node.path("properties").properties().forEach(property -> {
            JsonNode shown = documented(root, property.getValue());
            if (shown.path("title").asString("").isBlank() || shown.path("description").asString("").isBlank()) {
                undocumented.add(where + "/properties/" + property.getKey());
            }
        }));
        assertThat(undocumented).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyObjectRefusesUnknownKeysUnlessItIsFreeForm(Kind kind) {
        List<String> lax = new ArrayList<>();
        walk(schema(kind), Schemas.fileName(kind) + "#", (where, node) -> {
            boolean isObject = "object".equals(node.path("type").asString(""));
            boolean listsKeys = node.has("properties");
            JsonNode others = node.path("additionalProperties");
            boolean strict = listsKeys ? others.isBoolean() && !others.asBoolean() : others.isObject() && node.has("propertyNames");
            if (isObject && !strict && !FREE_FORM.contains(where)) {
                lax.add(where);
            }
        });
        assertThat(lax).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void schemasUseOnlyKnownKeywordsSoATypoCannotSilentlyWeakenThem(Kind kind) {
        List<String> unknown = new ArrayList<>();
        walk(schema(kind), Schemas.fileName(kind) + "#", (where, node) -> node.propertyNames().stream()
                .filter(keyword -> !KEYWORDS.contains(keyword)).forEach(keyword -> unknown.add(where + "/" + keyword)));
        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eachSchemaIsSelfContainedSoEditorsNeedNoNetwork(Kind kind) {
        JsonNode root = schema(kind);
        walk(root, "#", (where, node) -> {
            if (node.has("$ref")) {
                String ref = node.path("$ref").asString();
                assertThat(ref).as(where).startsWith("#/");
                assertThat(root.at(ref.substring(1)).isMissingNode()).as(where + " -> " + ref).isFalse();
            }
        });
    }

    @Test
    void everyNamedIdFormatHasWordsForProblemMessages() {
        for (Kind kind : Kind.values()) {
            schema(kind).path("$defs").properties().forEach(definition -> {
                if (definition.getValue().has("pattern")) {
                    assertThat(IdFormats.knows(definition.getKey())).as(kind + " $defs/" + definition.getKey()).isTrue();
                }
            });
        }
    }

    @Test
    void aNamedFormatHasTheSamePatternInEverySchema() {
        Map<String, String> patterns = new HashMap<>();
        for (Kind kind : Kind.values()) {
            schema(kind).path("$defs").properties().forEach(definition -> {
                JsonNode pattern = definition.getValue().path("pattern");
                if (!pattern.isMissingNode()) {
                    String first = patterns.putIfAbsent(definition.getKey(), pattern.asString());
                    assertThat(pattern.asString()).as(kind + " $defs/" + definition.getKey()).isEqualTo(
                            first == null ? pattern.asString() : first);
                }
            });
        }
        assertThat(patterns).containsKeys("policyId", "ruleId", "attestationId", "stageId", "slug", "semver", "role");
    }

    @Test
    void aTestCasesWaiverIsExactlyTheWaiverOfAWaiversFile() {
        JsonNode inTests = schema(Kind.POLICY_TEST).at("/$defs/waiver");
        assertThat(inTests).isEqualTo(schema(Kind.WAIVERS).at("/$defs/waiver"));
        assertThat(schema(Kind.POLICY_TEST).at("/$defs/case/properties/waivers/items/$ref").asString()).isEqualTo("#/$defs/waiver");
    }

    @Test
    void theWorkloadDesignSpecIsADefinitionOtherSchemasCanReference() {
        JsonNode design = schema(Kind.WORKLOAD_DESIGN);
        assertThat(design.at("/properties/spec/$ref").asString()).isEqualTo("#/$defs/spec");
        assertThat(design.at("/$defs/spec/required").valueStream().map(JsonNode::asString))
                .containsExactly("description", "capabilities", "decisionImpact");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theShippedTextIsReachableByUrlAndFileName(Kind kind) {
        assertThat(Schemas.url(kind).toString()).endsWith("/schemas/" + Schemas.fileName(kind));
        assertThat(Schemas.text(kind)).startsWith("{").contains("\"$id\": \"" + Schemas.id(kind) + "\"");
    }

    /** Visits every sub-schema with its location, descending through the keywords that hold schemas. */
    private static void walk(JsonNode schema, String where, java.util.function.BiConsumer<String, JsonNode> visit) {
        if (!schema.isObject()) {
            return;
        }
        visit.accept(where, schema);
        for (String map : List.of("properties", "$defs")) {
            schema.path(map).properties().forEach(e -> walk(e.getValue(), where + "/" + map + "/" + e.getKey(), visit));
        }
        for (String single : List.of("items", "additionalProperties", "propertyNames")) {
            walk(schema.path(single), where + "/" + single, visit);
        }
    }

    /** The schema an editor shows for a property: its own title and description, else its $ref target's. */
    private static JsonNode documented(JsonNode root, JsonNode property) {
        boolean onlyRef = property.has("$ref") && !property.has("title") && !property.has("description");
        return onlyRef ? root.at(property.path("$ref").asString().substring(1)) : property;
    }
}
