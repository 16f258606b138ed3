package dev.tenet.model.schema;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.tenet.model.Kind;
import dev.tenet.model.Problem;
import dev.tenet.model.tree.TreeNode;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a parsed document against its kind's JSON Schema (draft 2020-12) and reports every
 * violation as a {@link Problem} at the line and column of the YAML node it concerns, worded for
 * the person who wrote the file: {@code unknown key 'severty' (did you mean 'severity'?)}.
 *
 * <p>The schemas are the ones shipped for editors ({@link Schemas}); they are compiled once, the
 * first time any validator is asked for, and shared. A validator is immutable and thread-safe.
 */
public final class SchemaValidator {

    private final Schema schema;

    private SchemaValidator(Schema schema) {
        this.schema = schema;
    }

    /** The validator for a kind's schema. */
    public static SchemaValidator forKind(Kind kind) {
        return Compiled.BY_KIND.get(Objects.requireNonNull(kind, "kind"));
    }

    /** A validator for any draft 2020-12 schema given as JSON text; for tests of the translation. */
    static SchemaValidator of(String uri, String schemaJson) {
        return new SchemaValidator(compile(uri, schemaJson));
    }

    /**
     * Every way {@code root} breaks the schema, sorted by position; empty when it is valid.
     *
     * @param file the file's name as the user knows it, for the problems
     * @param root the document as the YAML reader built it
     */
    public List<Problem> validate(String file, TreeNode root) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(root, "root");
        return new ErrorTranslator(schema.getSchemaNode(), root).problems(file, schema.validate(JsonTrees.of(root)));
    }

    private static Schema compile(String uri, String schemaJson) {
        // Format assertions make "format: date" a check; English fixes the library's own wording,
        // which reaches a user only for keywords Tenet's schemas do not use.
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
        Schema compiled = registry.getSchema(SchemaLocation.of(uri), schemaJson, InputFormat.JSON);
        compiled.initializeValidators();
        return compiled;
    }

    /** Holds the compiled schemas; loaded on first use, then read-only. */
    private static final class Compiled {
        static final Map<Kind, SchemaValidator> BY_KIND = compileAll();

        private static Map<Kind, SchemaValidator> compileAll() {
            Map<Kind, SchemaValidator> byKind = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                byKind.put(kind, of(Schemas.id(kind), Schemas.text(kind)));
            }
            return Map.copyOf(byKind);
        }
    }
}
