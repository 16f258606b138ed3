package dev.tenet.web.catalog;

import dev.tenet.engine.git.TreeFile;
import dev.tenet.web.catalog.PolicyDiff.ChangedFile;
import dev.tenet.web.catalog.TextComparison.Line;
import dev.tenet.web.catalog.TextComparison.Row;
import dev.tenet.web.policy.PolicyService;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The changed files of a diff, each file's two versions compared line by line for the diff page.
 * Both commits' files are read in one pass each; at most {@value #MAX_FILES} files are compared
 * and each side is read up to {@value #MAX_BYTES} bytes, so that a huge change cannot exhaust the
 * server: the rest are listed by name.
 */
@Service
class FileComparisons {

    static final int MAX_FILES = 50;
    static final int MAX_BYTES = 512 * 1024;

    /** Why a file's lines are not shown. */
    enum Skipped {
        /** It holds binary data, not text. */
        BINARY,
        /** One of its versions is over {@value #MAX_BYTES} bytes. */
        LARGE,
        /** The diff changes more than {@value #MAX_FILES} files; this one is past them. */
        MANY
    }

    /**
     * A changed file as the diff page shows it.
     *
     * @param anchor  the id of its section on the page
     * @param change  {@code ADDED}, {@code REMOVED} or {@code MODIFIED}
     * @param policy  the policy it belongs to, or {@code null}
     * @param minimal whether the comparison is a shortest one (false for a file too different to search)
     * @param skipped why its lines are not shown, or {@code null} when they are
     * @param rows    side-by-side rows of a modified file
     * @param lines   unified lines of a modified file, or every line of an added or removed one
     */
    record FileView(String path, String anchor, String change, String policy, int added, int removed, boolean minimal,
                    Skipped skipped, List<Row> rows, List<Line> lines) {

        FileView {
            rows = List.copyOf(rows);
            lines = List.copyOf(lines);
        }

        public boolean oneSided() {
            return !change.equals("MODIFIED");
        }
    }

    private final PolicyService policies;

    FileComparisons(PolicyService policies) {
        this.policies = policies;
    }

    /**
     * The files of a diff, compared.
     *
     * @param fold    whether long unchanged runs fold to their context
     * @param unified whether modified files are laid out unified rather than side by side
     */
    List<FileView> of(PolicyDiff diff, boolean fold, boolean unified) {
        List<ChangedFile> shown = diff.files().stream().limit(MAX_FILES).toList();
        Set<String> paths = shown.stream().map(ChangedFile::path).collect(Collectors.toSet());
        Map<String, TreeFile> before = read(diff.from().commit(), paths);
        Map<String, TreeFile> after = read(diff.to().commit(), paths);
        return diff.files().stream().map(file -> paths.contains(file.path())
                ? compare(file, before.get(file.path()), after.get(file.path()), fold, unified)
                : skipped(file, Skipped.MANY)).toList();
    }

    /** The section id of a file on the diff page. */
    static String anchor(String path) {
        return "file-" + path.replaceAll("[^A-Za-z0-9]+", "-");
    }

    private Map<String, TreeFile> read(String commit, Set<String> paths) {
        if (paths.isEmpty()) {
            return Map.of();
        }
        List<TreeFile> files = policies.read(repository -> repository.files(commit, policies.folder(), paths::contains,
                MAX_BYTES));
        Map<String, TreeFile> byPath = new HashMap<>();
        files.forEach(file -> byPath.put(file.path(), file));
        return byPath;
    }

    private static FileView compare(ChangedFile file, TreeFile before, TreeFile after, boolean fold, boolean unified) {
        if ((before != null && before.isOversized()) || (after != null && after.isOversized())) {
            return skipped(file, Skipped.LARGE);
        }
        if (isBinary(before) || isBinary(after)) {
            return skipped(file, Skipped.BINARY);
        }
        TextComparison comparison = TextComparison.of(text(before), text(after));
        boolean modified = file.change().equals("MODIFIED");
        List<Row> rows = modified && !unified ? comparison.sideBySide(fold) : List.of();
        List<Line> lines = !modified ? comparison.unified(false) : unified ? comparison.unified(fold) : List.of();
        return new FileView(file.path(), anchor(file.path()), file.change(), file.policy(), comparison.added(),
                comparison.removed(), comparison.minimal(), null, rows, lines);
    }

    private static FileView skipped(ChangedFile file, Skipped why) {
        return new FileView(file.path(), anchor(file.path()), file.change(), file.policy(), 0, 0, true, why, List.of(),
                List.of());
    }

    private static boolean isBinary(TreeFile file) {
        if (file == null) {
            return false;
        }
        for (byte b : file.content()) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static String text(TreeFile file) {
        return file == null ? "" : new String(file.content(), StandardCharsets.UTF_8);
    }
}
