package dev.tenet.model.yaml;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.tree.TreeNode;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one strict YAML reader for every Tenet document: one UTF-8 file in, a positioned tree or
 * every problem found out. It never throws for any content.
 *
 * <p>Strict means: exactly one document whose top is a mapping; YAML 1.2 core schema typing
 * ({@code yes} is a string); no duplicate keys (each one reported) and no non-scalar keys; and
 * {@link YamlLimits} on size, nesting, values and value length. Anchors, aliases and tags are refused
 * wherever they are written: Tenet documents never need them, so an alias bomb is never expanded and
 * a tag never names a type. Parsing uses SnakeYAML's parser and composer only, never a constructor, so
 * no object is ever built from the document.
 *
 * <p>Every position is 1-based: lines break at LF, CRLF or CR, and columns count characters (code
 * points), as an editor shows them.
 *
 * <p>A reader is immutable and may be shared between threads: each read makes its own SnakeYAML
 * objects.
 */
public final class YamlReader {

    /** The largest file a default reader accepts: 1 MiB. */
    public static final int DEFAULT_MAX_BYTES = YamlLimits.DEFAULTS.maxBytes();

    private final YamlLimits limits;

    /** A reader with {@link YamlLimits#DEFAULTS}. */
    public YamlReader() {
        this(YamlLimits.DEFAULTS);
    }

    /** A reader with the given limits. */
    public YamlReader(YamlLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads a file's bytes: UTF-8, with or without a byte order mark.
     *
     * @param file    the file as the user named it, used in every problem
     * @param content the file's bytes
     */
    public ReadResult<TreeNode> read(String file, byte[] content) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        return guarded(file, () -> Utf8.decode(file, content, limits).then(text -> parse(file, text)));
    }

    /**
     * Reads text already decoded; a leading byte order mark is ignored, and the byte limit applies to
     * the text's UTF-8 length.
     *
     * @param file    the file as the user named it, used in every problem
     * @param content the file's text
     */
    public ReadResult<TreeNode> read(String file, String content) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        return guarded(file, () -> Utf8.check(file, content, limits).then(text -> parse(file, text)));
    }

    /** A size limit as people write it: "1 MiB", "64 KiB", "500 bytes". */
    public static String describeBytes(int bytes) {
        return Utf8.limit(bytes);
    }

    private ReadResult<TreeNode> parse(String file, String text) {
        return SourceText.of(file, text, limits)
                .then(source -> new DocumentComposer(new Locator(file, source), limits).compose());
    }

    /** The last line of defence: whatever escapes becomes a problem, never an exception. */
    private static ReadResult<TreeNode> guarded(String file, Supplier<ReadResult<TreeNode>> read) {
        try {
            return read.get();
        } catch (StackOverflowError e) {
            return failure(file, "nesting is too deep to read");
        } catch (RuntimeException e) {
            return failure(file, "could not read the file as YAML");
        }
    }

    private static ReadResult<TreeNode> failure(String file, String message) {
        return ReadResult.failure(List.of(Problem.error(file, Position.START, message)));
    }
}
