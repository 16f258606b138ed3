package dev.tenet.engine.library;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Path arithmetic on the file names problems use ({@code policies/privacy/x_test.yaml}): always
 * {@code /} between folders, so that a working-tree library and a git commit resolve a test's
 * {@code design:} path the same way.
 */
final class LibraryPaths {

    private LibraryPaths() {
    }

    /** Whether a file belongs in a library: YAML, and not under a hidden folder or {@code target/}. */
    static boolean isLibraryFile(String pathInFolder) {
        if (!pathInFolder.endsWith(".yaml") && !pathInFolder.endsWith(".yml")) {
            return false;
        }
        for (String segment : pathInFolder.split("/")) {
            if (isSkipped(segment)) {
                return false;
            }
        }
        return true;
    }

    /** Hidden files and folders, and build output, are never part of a library. */
    static boolean isSkipped(String name) {
        return name.startsWith(".") || name.equals("target");
    }

    /** Removes {@code .}, empty segments and {@code folder/..}; a leading {@code /} and leading {@code ..} stay. */
    static String normalize(String path) {
        String unified = path.replace('\\', '/');
        boolean absolute = unified.startsWith("/");
        Deque<String> kept = new ArrayDeque<>();
        for (String segment : unified.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") && !kept.isEmpty() && !kept.peekLast().equals("..")) {
                kept.removeLast();
            } else if (!(segment.equals("..") && absolute)) {
                kept.addLast(segment);
            }
        }
        String joined = String.join("/", kept);
        return absolute ? "/" + joined : joined.isEmpty() ? "." : joined;
    }

    /** The folder a file is in, or {@code .}. */
    static String parent(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "." : slash == 0 ? "/" : file.substring(0, slash);
    }

    /** {@code relative} read from the folder {@code file} is in, as {@code design:} paths are. */
    static String resolveSibling(String file, String relative) {
        String unified = relative.replace('\\', '/');
        return unified.startsWith("/") ? normalize(unified) : normalize(parent(file) + "/" + unified);
    }

    /** Whether a normalized path lies inside a folder ({@code .} is the current one). */
    static boolean isInside(String path, String folder) {
        if (folder.equals(".")) {
            return !path.startsWith("/") && !path.equals("..") && !path.startsWith("../");
        }
        return path.startsWith(folder.endsWith("/") ? folder : folder + "/");
    }

    /** The path that leads from a folder to a file, both normalized and both relative or both absolute. */
    static String relativize(String fromFolder, String to) {
        List<String> from = segments(fromFolder);
        List<String> target = segments(to);
        int common = 0;
        while (common < from.size() && common < target.size() - 1 && from.get(common).equals(target.get(common))) {
            common++;
        }
        List<String> steps = new ArrayList<>();
        for (int i = common; i < from.size(); i++) {
            steps.add("..");
        }
        steps.addAll(target.subList(common, target.size()));
        return String.join("/", steps);
    }

    private static List<String> segments(String path) {
        List<String> result = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.equals(".")) {
                result.add(segment);
            }
        }
        return result;
    }
}
