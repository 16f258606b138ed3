package dev.tenet.web.catalog;

import dev.tenet.engine.git.Commit;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.engine.git.TreeFile;
import dev.tenet.engine.git.UnknownRevisionException;
import dev.tenet.model.Policy;
import dev.tenet.model.ReadResult;
import dev.tenet.model.read.DocumentReader;
import dev.tenet.web.catalog.PolicyLibraries.Library;
import dev.tenet.web.policy.PolicyService;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commits that changed a policy: its file's history and its test file's, merged newest first,
 * each with the policy's version at that commit. Like {@code git log --follow} without the follow:
 * a policy that moved to another file shows the history of its current file.
 */
@Service
class PolicyHistory {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final PolicyService policies;
    private final PolicyCatalog catalog;
    private final DocumentReader reader = new DocumentReader();
    // both keyed by commit id (and path): what a commit holds never changes
    private final RecentlyUsed<String, Optional<String>> versions = new RecentlyUsed<>(1024);
    private final RecentlyUsed<String, Optional<String>> parents = new RecentlyUsed<>(1024);

    PolicyHistory(PolicyService policies, PolicyCatalog catalog) {
        this.policies = policies;
        this.catalog = catalog;
    }

    /**
     * A policy's history.
     *
     * @param file     the policy's file at the commit read
     * @param testFile its own test file, or {@code null}
     * @param more     whether older commits were left out by the limit
     */
    @Schema(name = "PolicyHistory")
    record History(String id, String ref, String commit, String file, String testFile, List<Entry> commits,
                   boolean more) {

        History {
            commits = List.copyOf(commits);
        }
    }

    /**
     * A commit that changed the policy or its test.
     *
     * @param version the policy's version at the commit, or {@code null} when its file is gone or does not read
     * @param parent  the commit before it, to compare with, or {@code null} for the repository's first commit
     * @param files   which of the policy's files it changed
     */
    @Schema(name = "PolicyCommit")
    record Entry(String id, String shortId, String author, String email, Instant time, String message,
                 String version, String parent, List<String> files) {

        Entry {
            files = List.copyOf(files);
        }
    }

    /** The newest {@code limit} commits up to the library's commit that changed the policy's file or its test file. */
    History of(Library library, String id, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT + "; got " + limit);
        }
        PolicyDetail policy = catalog.policy(library, id);
        String testFile = policy.testFile().orElse(null);
        return policies.read(repository -> {
            Map<String, Commit> merged = new LinkedHashMap<>();
            Map<String, List<String>> touched = new LinkedHashMap<>();
            for (String file : testFile == null ? List.of(policy.file()) : List.of(policy.file(), testFile)) {
                for (Commit commit : repository.history(library.commit(), file, limit + 1)) {
                    merged.putIfAbsent(commit.id(), commit);
                    touched.computeIfAbsent(commit.id(), c -> new ArrayList<>()).add(file);
                }
            }
            List<Commit> newestFirst = merged.values().stream()
                    .sorted(Comparator.comparing(Commit::time).reversed()).toList();
            List<Entry> entries = newestFirst.stream().limit(limit)
                    .map(commit -> entry(repository, commit, policy.file(), touched.get(commit.id()))).toList();
            return new History(id, library.ref(), library.commit(), policy.file(), testFile, entries,
                    newestFirst.size() > limit);
        });
    }

    private Entry entry(GitRepository repository, Commit commit, String file, List<String> files) {
        String version = versions.get(commit.id() + ":" + file, key -> versionAt(repository, commit.id(), file)).orElse(null);
        String parent = parents.get(commit.id(), key -> parentOf(repository, key)).orElse(null);
        return new Entry(commit.id(), commit.shortId(), commit.authorName(), commit.authorEmail(), commit.time(),
                commit.shortMessage(), version, parent, files);
    }

    private Optional<String> versionAt(GitRepository repository, String commit, String file) {
        List<TreeFile> found = repository.files(commit, file);
        if (found.isEmpty() || found.get(0).isOversized()) {
            return Optional.empty();
        }
        ReadResult<Policy> read = reader.read(file, found.get(0).content(), Policy.class);
        return read.isSuccess() ? Optional.of(read.value().metadata().version().toString()) : Optional.empty();
    }

    private static Optional<String> parentOf(GitRepository repository, String commit) {
        try {
            return Optional.of(repository.resolve(commit + "^"));
        } catch (UnknownRevisionException rootCommit) {
            return Optional.empty();
        }
    }
}
