package dev.tenet.model.schema;

import dev.tenet.model.Kind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas Tenet ships, one per {@link Kind}, for editors and for anyone who wants the raw
 * text (for example to serve it, or to write it next to a policy repository).
 *
 * <p>Each schema is self-contained: it has no {@code $ref} to another file, so an editor resolves
 * it without a network. A YAML file opts in with
 * {@code # yaml-language-server: $schema=https://tenet.dev/schemas/policy.schema.json}.
 */
public final class Schemas {

    /** Where the schemas are published; each schema's {@code $id} is this plus its file name. */
    public static final String BASE_URI = "https://tenet.dev/schemas/";

    private Schemas() {
    }

    /** The schema's {@code $id}, like {@code https://tenet.dev/schemas/policy.schema.json}. */
    public static String id(Kind kind) {
        return BASE_URI + fileName(kind);
    }

    /** The schema's file name, like {@code policy.schema.json}. */
    public static String fileName(Kind kind) {
        return kind.schemaName() + ".schema.json";
    }

    /** Where the schema is on the class path. */
    public static URL url(Kind kind) {
        URL url = Schemas.class.getClassLoader().getResource(kind.schemaResource());
        if (url == null) {
            throw new IllegalStateException("schema missing from the class path: " + kind.schemaResource());
        }
        return url;
    }

    /** The schema's JSON text, as shipped. */
    public static String text(Kind kind) {
        try (InputStream in = url(kind).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + kind.schemaResource(), e);
        }
    }
}
