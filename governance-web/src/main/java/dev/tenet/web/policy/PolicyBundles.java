package dev.tenet.web.policy;

import dev.tenet.engine.evaluation.BundleLoader;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.model.ReadResult;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads the policy library's bundle at a commit of the {@link PolicySource}, and keeps the last few
 * that loaded: a commit never changes, so neither does its bundle. A commit that does not load is
 * not kept; its problems come back each time.
 */
final class PolicyBundles {

    private static final int CACHED_COMMITS = 16;

    private final PolicySource source;
    private final String folder;
    private final BundleLoader loader = new BundleLoader();
    private final Map<String, PolicyBundle> byCommit = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED_COMMITS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PolicyBundle> eldest) {
                    return size() > CACHED_COMMITS;
                }
            });

    PolicyBundles(PolicySource source, String folder) {
        this.source = source;
        this.folder = folder;
    }

    /** The bundle at a full commit id, or every problem that keeps it from loading. */
    ReadResult<PolicyBundle> load(String commit) {
        PolicyBundle cached = byCommit.get(commit);
        if (cached != null) {
            return ReadResult.success(cached);
        }
        ReadResult<PolicyBundle> result = read(repository -> loader.load(LibrarySource.git(repository, commit, folder)));
        if (result.isSuccess()) {
            byCommit.put(result.value().commit(), result.value());
        }
        return result;
    }

    /** The bundle at a full commit id, if it is in memory. */
    Optional<PolicyBundle> cached(String commit) {
        return Optional.ofNullable(byCommit.get(commit));
    }

    /** The library's folder inside the repository. */
    String folder() {
        return folder;
    }

    /** Reads the repository, open only for the duration of {@code read}. */
    <T> T read(Function<GitRepository, T> read) {
        try (GitRepository repository = source.open()) {
            return read.apply(repository);
        }
    }
}
