package dev.tenet.model.read;

import dev.tenet.model.Document;
import dev.tenet.model.Kind;
import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.SourceMap;
import dev.tenet.model.Suggestions;
import dev.tenet.model.schema.SchemaValidator;
import dev.tenet.model.tree.MapNode;
import dev.tenet.model.tree.ScalarNode;
import dev.tenet.model.tree.TreeNode;
import dev.tenet.model.yaml.YamlReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads any Tenet document: strict YAML, then the kind's JSON Schema, then the identity checks the
 * schema cannot do, then binding into the typed records. Either the document comes back, or every
 * problem found in the file, sorted by position. Never throws for bad input.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentReader {

    private final YamlReader yaml;
    private final int maxBytes;

    /** A reader with the default YAML limits. */
    public DocumentReader() {
        this(new YamlReader(), YamlReader.DEFAULT_MAX_BYTES);
    }

    /** A reader with its own YAML reader, refusing files larger than {@code maxBytes} before reading them. */
    public DocumentReader(YamlReader yaml, int maxBytes) {
        this.yaml = yaml;
        this.maxBytes = maxBytes;
    }

    /** Reads a document of any kind from a file's bytes; {@code file} names it in problems. */
    public ReadResult<Document> read(String file, byte[] content) {
        return yaml.read(file, content).then(root -> document(file, root));
    }

    /** Reads a document that must be of the given type, for instance {@code Policy.class}. */
    public <T extends Document> ReadResult<T> read(String file, byte[] content, Class<T> type) {
        return read(file, content).then(document -> expect(file, document, type));
    }

    /** Reads a document from a file, named in problems as the path is written. */
    public ReadResult<Document> read(Path path) {
        return bytes(path).then(content -> read(path.toString(), content));
    }

    /** Reads a document of the given type from a file. */
    public <T extends Document> ReadResult<T> read(Path path, Class<T> type) {
        return bytes(path).then(content -> read(path.toString(), content, type));
    }

    private ReadResult<byte[]> bytes(Path path) {
        String file = path.toString();
        try {
            if (Files.isDirectory(path)) {
                return fail(file, Position.START, "is a directory, not a document file");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                return fail(file, Position.START, String.format("file is %.1f MB; the limit is %s: split it or remove what Tenet does not need",
                        size / 1_000_000.0, YamlReader.describeBytes(maxBytes)));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return ReadResult.success(in.readNBytes(maxBytes + 1));
            }
        } catch (NoSuchFileException e) {
            return fail(file, Position.START, "no such file: check the path");
        } catch (IOException e) {
            return fail(file, Position.START, "cannot read the file: " + e.getMessage());
        }
    }

    private ReadResult<Document> document(String file, TreeNode root) {
        MapNode map = (MapNode) root; // the YAML reader refuses anything but a mapping at the top
        Optional<Kind> kind = kind(file, map);
        if (kind.isEmpty()) {
            return ReadResult.failure(kindProblems(file, map));
        }
        List<Problem> schemaProblems = SchemaValidator.forKind(kind.get()).validate(file, root);
        if (schemaProblems.stream().anyMatch(Problem::isError)) {
            return ReadResult.failure(schemaProblems);
        }
        MapView view = new MapView(map);
        SourceMap source = SourceMaps.of(file, root);
        ReadResult<? extends Document> bound = switch (kind.get()) {
            case POLICY -> PolicyBinder.bind(file, view, source);
            case WORKLOAD_DESIGN -> DesignBinder.bind(view, source);
            case POLICY_TEST -> TestBinder.bind(file, view, source);
            case GOVERNANCE -> GovernanceBinder.bind(file, view, source);
            case WAIVERS -> WaiverBinder.bind(file, view, source);
        };
        return bound.map(Document.class::cast);
    }

    private static Optional<Kind> kind(String file, MapNode root) {
        return root.get("kind").filter(ScalarNode.class::isInstance)
                .map(node -> String.valueOf(((ScalarNode) node).value()))
                .flatMap(Kind::byName);
    }

    private static List<Problem> kindProblems(String file, MapNode root) {
        List<String> kinds = Arrays.stream(Kind.values()).map(Kind::kindName).toList();
        Optional<MapNode.Entry> entry = root.entry("kind");
        if (entry.isEmpty()) {
            return List.of(Problem.error(file, root.position(), "missing required key 'kind': say which document this is, one of "
                    + String.join(", ", kinds)));
        }
        TreeNode value = entry.get().value();
        String written = value instanceof ScalarNode scalar ? scalar.text() : value.describe();
        return List.of(Problem.error(file, value.position(), "unknown kind '" + written + "'"
                + Suggestions.hint(written, kinds) + "; Tenet reads " + String.join(", ", kinds)));
    }

    private static <T extends Document> ReadResult<T> expect(String file, Document document, Class<T> type) {
        if (type.isInstance(document)) {
            return ReadResult.success(type.cast(document));
        }
        Position at = document.source().positionOf("kind").orElse(Position.START);
        String wanted = type == dev.tenet.model.WaiverSet.class ? Kind.WAIVERS.kindName() : type.getSimpleName();
        return fail(file, at, "expected a " + wanted + " document here, found kind "
                + document.kind().kindName());
    }

    private static <T> ReadResult<T> fail(String file, Position position, String message) {
        return ReadResult.failure(List.of(Problem.error(file, position, message)));
    }
}
