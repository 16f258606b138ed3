package dev.tenet.model.yaml;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a file's bytes into text: UTF-8 only, with or without a byte order mark, refusing a file
 * that is too large before looking at its content.
 */
final class Utf8 {

    private static final long KIB = 1024;
    private static final long MIB = KIB * KIB;

    private Utf8() {
    }

    /** The text of a UTF-8 file, without its byte order mark; or why it is not one. */
    static ReadResult<String> decode(String file, byte[] content, YamlLimits limits) {
        if (content.length > limits.maxBytes()) {
            return fail(file, Position.START, tooLarge(content.length, limits));
        }
        Optional<String> otherEncoding = otherEncoding(content);
        if (otherEncoding.isPresent()) {
            return fail(file, Position.START, "file must be UTF-8, but it starts with a " + otherEncoding.get()
                    + " byte order mark; save it as UTF-8");
        }
        int start = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = content[in.position()] & 0xFF;
            out.flip();
            return fail(file, SourceText.positionAfter(out), String.format(Locale.ROOT,
                    "file must be UTF-8, but byte 0x%02X here is not valid UTF-8; save the file as UTF-8", bad));
        }
        out.flip();
        return ReadResult.success(out.toString());
    }

    /** The text of a string, without a leading byte order mark; or why it is too large. */
    static ReadResult<String> check(String file, String content, YamlLimits limits) {
        long bytes = encodedLength(content);
        if (bytes > limits.maxBytes()) {
            return fail(file, Position.START, tooLarge(bytes, limits));
        }
        return ReadResult.success(content.startsWith("\uFEFF") ? content.substring(1) : content);
    }

    /** The number of bytes the text takes in UTF-8, counted without encoding it. */
    static long encodedLength(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** A file's size: "30.0 MB", "12.5 kB" (decimal units, as file managers show them), "900 bytes". */
    static String size(long bytes) {
        if (bytes >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        if (bytes >= 1_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    /** A limit as it is set: "1 MiB", "64 KiB", else in bytes. */
    static String limit(long bytes) {
        if (bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        if (bytes % KIB == 0) {
            return bytes / KIB + " KiB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String tooLarge(long bytes, YamlLimits limits) {
        return "file is " + size(bytes) + "; the limit is " + limit(limits.maxBytes());
    }

    /** The encoding a UTF-16 or UTF-32 byte order mark announces. */
    private static Optional<String> otherEncoding(byte[] content) {
        if (startsWith(content, 0x00, 0x00, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of("UTF-32");
        }
        if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE)) {
            return Optional.of("UTF-16");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static <T> ReadResult<T> fail(String file, Position position, String message) {
        return ReadResult.failure(List.of(Problem.error(file, position, message)));
    }
}
