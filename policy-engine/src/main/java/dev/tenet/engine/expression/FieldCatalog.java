package dev.tenet.engine.expression;

import dev.tenet.model.Problem;
import dev.tenet.model.Suggestions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields a WorkloadDesign has, from its JSON Schema, to check the paths rule expressions read:
 * {@code tenet lint} rejects a rule that names a field no design can have, since it could never be
 * set. Under {@code extensions} anything goes; an attestation id under {@code attestations} may be
 * any id, and its answer has the fields the schema gives it ({@code answer}, {@code evidence}).
 * Immutable and safe to share between threads.
 */
public final class FieldCatalog {

    private static final String SCHEMA = "schemas/workload-design.schema.json";

    private final SchemaField design;
    private final SchemaField meta;

    private FieldCatalog(SchemaField design, SchemaField meta) {
        this.design = design;
        this.meta = meta;
    }

    /** The catalog of the WorkloadDesign schema that ships in policy-model. */
    public static FieldCatalog workloadDesign() {
        return Shipped.CATALOG;
    }

    /** A catalog from a WorkloadDesign-shaped schema: {@code design} is its {@code spec}, {@code meta} its {@code metadata}. */
    static FieldCatalog fromSchema(JsonNode schema) {
        JsonNode properties = schema.path("properties");
        return new FieldCatalog(SchemaField.read(properties.path("spec"), schema),
                SchemaField.read(properties.path("metadata"), schema));
    }

    /**
     * A problem for each path of the expression that names a field the schema does not have, at
     * that field's position, with a "did you mean" when a known field is close. Guarded paths are
     * checked too: {@code has()} of a misspelt field is always false.
     */
    public List<Problem> check(String file, CompiledExpression expression) {
        Objects.requireNonNull(file, "file");
        List<Problem> problems = new ArrayList<>();
        for (FieldPath path : expression.paths()) {
            check(file, path).ifPresent(problems::add);
        }
        return problems.stream().sorted().distinct().toList();
    }

    /** The problem with one path, if it names a field the schema does not have. */
    public Optional<Problem> check(String file, FieldPath path) {
        SchemaField at = path.root().equals(PathCollector.META) ? meta : design;
        StringBuilder before = new StringBuilder(path.root());
        for (FieldPath.Field field : path.fields()) {
            if (at.isOpen()) {
                return Optional.empty();
            }
            if (at.isValue()) {
                return Optional.of(Problem.error(file, field.position(), before + " is " + article(at.type())
                        + " and has no field '" + field.name() + "'"));
            }
            SchemaField next = at.field(field.name());
            if (next == null) {
                return Optional.of(Problem.error(file, field.position(), "unknown field '" + field.name() + "' in "
                        + before + Suggestions.hint(field.name(), at.names())));
            }
            at = next;
            before.append(PathOccurrence.step(field.name()));
        }
        return Optional.empty();
    }

    private static String article(String type) {
        return switch (type) {
            case "array" -> "a list";
            case "integer" -> "an integer";
            case "object" -> "an object";
            default -> "a " + type;
        };
    }

    /** Loaded on first use, then shared. */
    private static final class Shipped {
        static final FieldCatalog CATALOG = load();

        private static FieldCatalog load() {
            try (InputStream in = FieldCatalog.class.getClassLoader().getResourceAsStream(SCHEMA)) {
                if (in == null) {
                    throw new IllegalStateException(SCHEMA + " is not on the class path; is policy-model?");
                }
                return fromSchema(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SCHEMA, e);
            }
        }
    }
}
