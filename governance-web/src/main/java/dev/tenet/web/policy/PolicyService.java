package dev.tenet.web.policy;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.model.ReadResult;
import dev.tenet.web.TenetProperties;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.function.Function;

/**
 * The policy library as the web application sees it: the bundle at the policy branch's head (the
 * current commit new submissions are evaluated at), and the bundle at any earlier commit, for
 * designs whose evaluation is pinned there. Bundles are cached by commit: a commit never changes.
 *
 * <p>The repository ({@code tenet.policies.repository}) is a local folder read in place, or a
 * remote URL mirrored under {@code tenet.data-dir}: every read here goes to that mirror, which
 * {@link PolicySync} fetches. {@link #current()} is the last head of the branch that loaded: a
 * head that does not load (a broken policy merged) never replaces it, at start-up or later. When
 * the head at start-up does not load, the application starts with the newest commit before it
 * that does ({@link StartingHead}); it does not start when none does.
 */
@Service
public class PolicyService {

    private final TenetProperties.Policies settings;
    private final PolicySource source;
    private final PolicyBundles bundles;
    private volatile PolicyHead head;

    PolicyService(TenetProperties properties, Clock clock) {
        this.settings = properties.policies();
        this.source = PolicySource.of(settings.repository(), properties.dataDir());
        this.bundles = new PolicyBundles(source, settings.path());
        this.head = new StartingHead(source, bundles, settings.branch()).find(clock.instant());
    }

    /** The bundle at the policy branch's head: what new submissions are evaluated against. */
    public PolicyBundle current() {
        return head.bundle();
    }

    /**
     * The bundle at a git revision: a full commit id (a design's pinned commit), or a branch, a tag
     * or an abbreviated id (a dry run at another ref), resolved to its commit first.
     *
     * @throws dev.tenet.engine.git.UnknownRevisionException when {@code ref} names no commit
     * @throws BrokenPolicyLibraryException                  when the library at that commit does not load
     */
    public PolicyBundle at(String ref) {
        return bundles.cached(ref).orElseGet(() -> {
            String commit = read(repository -> repository.resolve(ref));
            ReadResult<PolicyBundle> result = bundles.load(commit);
            if (!result.isSuccess()) {
                throw new BrokenPolicyLibraryException(commit, result.problems());
            }
            return result.value();
        });
    }

    /**
     * Reads the policy repository (for a remote, its local mirror as last fetched): its history,
     * branches, tags and files at any commit. The repository is open only for the duration of
     * {@code read}.
     */
    public <T> T read(Function<GitRepository, T> read) {
        return bundles.read(read);
    }

    /** The library's folder inside the repository ({@code policies}). */
    public String folder() {
        return settings.path();
    }

    /** The branch whose head is the current policy commit. */
    public String branch() {
        return settings.branch();
    }

    PolicySource source() {
        return source;
    }

    PolicyBundles bundles() {
        return bundles;
    }

    /** What the application follows now. */
    PolicyHead head() {
        return head;
    }

    /** Replaces what the application follows: {@link #current()} is the new snapshot's bundle from now on. */
    void follow(PolicyHead next) {
        this.head = next;
    }
}
