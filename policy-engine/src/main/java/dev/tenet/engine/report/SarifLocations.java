package dev.tenet.engine.report;

import dev.tenet.model.Position;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SARIF locations of files as the user named them. A relative path is resolved against
 * {@code %SRCROOT%} (the repository a code-scanning upload belongs to); an absolute one becomes a
 * {@code file:} URI. Paths use forward slashes and are percent-encoded where a URI needs it.
 */
final class SarifLocations {

    static final String SOURCE_ROOT = "%SRCROOT%";

    private static final Pattern FILE_LINE_COLUMN = Pattern.compile("(.+):(\\d+):(\\d+)");
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:/.*");
    // RFC 3986 unreserved characters and those sub-delimiters and separators a path may hold as they are.
    private static final String PATH_SAFE = "-._~!$&'()*+,;=@/";

    private SarifLocations() {
    }

    /** A {@code physicalLocation} at a position of a file. */
    static Map<String, Object> physical(String file, Position position) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", position.line());
        region.put("startColumn", position.column());
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact(file));
        physical.put("region", region);
        return Map.of("physicalLocation", physical);
    }

    /** The physical location of a {@code file:line:column} reference, when it is one. */
    static Optional<Map<String, Object>> parse(String fileLineColumn) {
        Matcher matcher = FILE_LINE_COLUMN.matcher(fileLineColumn);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            Position position = new Position(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
            return Optional.of(physical(matcher.group(1), position));
        } catch (IllegalArgumentException notAPosition) {
            return Optional.empty();
        }
    }

    /** An {@code artifactLocation}: relative to {@code %SRCROOT%}, or an absolute {@code file:} URI. */
    static Map<String, Object> artifact(String file) {
        String path = file.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        Map<String, Object> artifact = new LinkedHashMap<>();
        if (path.startsWith("/")) {
            artifact.put("uri", "file://" + encode(path, true));
        } else if (WINDOWS_DRIVE.matcher(path).matches()) {
            artifact.put("uri", "file:///" + encode(path, true));
        } else {
            artifact.put("uri", encode(path, false));
            artifact.put("uriBaseId", SOURCE_ROOT);
        }
        return artifact;
    }

    // A colon stays only in an absolute path: in a relative one it would read as a URI scheme.
    private static String encode(String path, boolean keepColon) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || PATH_SAFE.indexOf(c) >= 0 || (keepColon && c == ':');
            if (safe) {
                uri.append(c);
            } else {
                uri.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return uri.toString();
    }
}
