package dev.tenet.engine.lint;

import dev.tenet.engine.diff.PolicyChange;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.engine.library.SourceFile;
import dev.tenet.model.Document;
import dev.tenet.model.Policy;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.SemVer;
import dev.tenet.model.read.DocumentReader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The version-bump check of DESIGN.md 2.1: a policy whose content differs from a baseline revision
 * must carry a greater version, since evaluations record the version they were judged against.
 *
 * <p>Files are paired by their path inside the library folder; a file with the same bytes on both
 * sides is skipped unread. The others are read one by one (a file broken on either side is left to
 * the other checks) and their policies paired by id, so a policy moved to another file is still
 * the same policy. "Content" is what the policy says: re-wrapping text or editing comments needs
 * no new version.
 */
final class VersionBumps {

    private final DocumentReader reader;

    VersionBumps(DocumentReader reader) {
        this.reader = reader;
    }

    List<Problem> check(LibrarySource library, LibrarySource baseline, String revision) {
        Map<String, SourceFile> current = byPathInFolder(library);
        Map<String, SourceFile> previous = byPathInFolder(baseline);
        current.entrySet().removeIf(entry -> sameBytes(entry.getValue(), previous.get(entry.getKey()))
                && previous.remove(entry.getKey()) != null);
        Map<String, Policy> before = policies(previous.values());
        List<Problem> problems = new ArrayList<>();
        for (Policy policy : policies(current.values()).values()) {
            Policy older = before.get(policy.id());
            if (older != null) {
                PolicyChange change = PolicyChange.between(older, policy);
                if (change.contentChanged() && !change.versionIncreased()) {
                    problems.add(Problem.error(policy.source().file(), policy.source().nearest("metadata.version"),
                            message(change, revision)));
                }
            }
        }
        return problems;
    }

    private static String message(PolicyChange change, String revision) {
        SemVer was = change.versionBefore();
        SemVer is = change.versionAfter();
        String state = is.equals(was) ? "its version is still " + is
                : "its version " + is + " is not greater than " + was + " there";
        return "policy '" + change.id() + "' changed since " + revision + " but " + state + ": bump it (e.g. to "
                + new SemVer(was.major(), was.minor(), was.patch() + 1, "", "") + " for a fix, "
                + new SemVer(was.major(), was.minor() + 1, 0, "", "") + " for a new rule, "
                + new SemVer(was.major() + 1, 0, 0, "", "") + " for a stricter rule)";
    }

    private static Map<String, SourceFile> byPathInFolder(LibrarySource source) {
        String folder = source.folder();
        String prefix = folder.equals(".") ? "" : folder.endsWith("/") ? folder : folder + "/";
        Map<String, SourceFile> files = new LinkedHashMap<>();
        for (SourceFile file : source.files().files()) {
            String path = file.path().startsWith(prefix) ? file.path().substring(prefix.length()) : file.path();
            files.put(path, file);
        }
        return files;
    }

    private static boolean sameBytes(SourceFile file, SourceFile other) {
        return other != null && !file.isOversized() && !other.isOversized()
                && Arrays.equals(file.content(), other.content());
    }

    private Map<String, Policy> policies(Iterable<SourceFile> files) {
        Map<String, Policy> policies = new HashMap<>();
        for (SourceFile file : files) {
            if (file.isOversized()) {
                continue;
            }
            ReadResult<Document> read = reader.read(file.path(), file.content());
            if (read.isSuccess() && read.value() instanceof Policy policy) {
                policies.putIfAbsent(policy.id(), policy);
            }
        }
        return policies;
    }
}
