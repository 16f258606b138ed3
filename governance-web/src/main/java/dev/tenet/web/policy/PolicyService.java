package dev.tenet.web.policy;

import dev.tenet.engine.evaluation.BundleLoader;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.web.TenetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The policy library as the web application sees it: the bundle at the policy branch's head (the
 * current commit new submissions are evaluated at), and the bundle at any earlier commit, for
 * designs whose evaluation is pinned there. Bundles are cached by commit: a commit never changes.
 */
@Service
public class PolicyService {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyService.class);
    private static final int CACHED_COMMITS = 16;

    private final TenetProperties.Policies settings;
    private final BundleLoader loader = new BundleLoader();
    private final Map<String, PolicyBundle> byCommit = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED_COMMITS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PolicyBundle> eldest) {
                    return size() > CACHED_COMMITS;
                }
            });
    private volatile PolicyBundle current;

    PolicyService(TenetProperties properties) {
        this.settings = properties.policies();
        this.current = load(head());
    }

    /** The bundle at the policy branch's head: what new submissions are evaluated against. */
    public PolicyBundle current() {
        return current;
    }

    /**
     * The bundle at a git revision: a full commit id (a design's pinned commit), or a branch, a tag
     * or an abbreviated id (a dry run at another ref), resolved to its commit first.
     *
     * @throws dev.tenet.engine.git.UnknownRevisionException when {@code ref} names no commit
     */
    public PolicyBundle at(String ref) {
        PolicyBundle cached = byCommit.get(ref);
        if (cached != null) {
            return cached;
        }
        String commit = resolve(ref);
        cached = byCommit.get(commit);
        return cached != null ? cached : load(commit);
    }

    /**
     * Reads the policy repository: its history, branches, tags and files at any commit. The
     * repository is open only for the duration of {@code read}.
     */
    public <T> T read(Function<GitRepository, T> read) {
        try (GitRepository repository = GitRepository.open(Path.of(settings.repository()))) {
            return read.apply(repository);
        }
    }

    /** The library's folder inside the repository ({@code policies}). */
    public String folder() {
        return settings.path();
    }

    /** The branch whose head is the current policy commit. */
    public String branch() {
        return settings.branch();
    }

    private String resolve(String ref) {
        try (GitRepository repository = GitRepository.open(Path.of(settings.repository()))) {
            return repository.resolve(ref);
        }
    }

    private String head() {
        try (GitRepository repository = GitRepository.open(Path.of(settings.repository()))) {
            Optional<String> head = repository.headOf(settings.branch());
            if (head.isEmpty()) {
                LOG.warn("policy repository {} has no branch '{}'; using HEAD", settings.repository(), settings.branch());
            }
            return head.orElseGet(() -> repository.resolve("HEAD"));
        }
    }

    private PolicyBundle load(String commit) {
        ReadResult<PolicyBundle> result;
        try (GitRepository repository = GitRepository.open(Path.of(settings.repository()))) {
            result = loader.load(LibrarySource.git(repository, commit, settings.path()));
        }
        if (!result.isSuccess()) {
            throw new IllegalStateException("the policy library at " + commit + " does not load:\n" + result.problems()
                    .stream().map(Problem::toString).collect(Collectors.joining("\n")));
        }
        PolicyBundle bundle = result.value();
        byCommit.put(bundle.commit(), bundle);
        return bundle;
    }

    /** The commits whose bundles are in memory, most recently used last; for diagnostics. */
    List<String> cachedCommits() {
        return List.copyOf(byCommit.keySet());
    }
}
