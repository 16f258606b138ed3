package dev.tenet.web.policy;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.git.GitException;
import dev.tenet.engine.git.UnknownRevisionException;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The commit the application starts with: the policy branch's head when it loads; else the newest
 * commit that loads on the head's first-parent history (the branch's own line of merges), at most
 * {@value #FALLBACK_COMMITS} commits back, with the head recorded as broken. When none loads the
 * application cannot evaluate anything, and does not start.
 */
final class StartingHead {

    /** How many commits before a broken head start-up tries. */
    static final int FALLBACK_COMMITS = 50;

    private static final Logger LOG = LoggerFactory.getLogger(StartingHead.class);

    private final PolicySource source;
    private final PolicyBundles bundles;
    private final String branch;

    StartingHead(PolicySource source, PolicyBundles bundles, String branch) {
        this.source = source;
        this.bundles = bundles;
        this.branch = branch;
    }

    /**
     * Fetches a remote (a failure is recorded, and the mirror's last state used), then finds the
     * commit to start with.
     *
     * @throws GitException          when the repository cannot be read or has no such branch
     * @throws IllegalStateException when no commit of the last {@value #FALLBACK_COMMITS} loads
     */
    PolicyHead find(Instant now) {
        Optional<FetchFailure> fetchFailure = fetch(now);
        String head = bundles.read(repository -> {
            if (!source.isRemote() && repository.headOf(branch).isEmpty()) {
                LOG.warn("the policy repository {} has no branch '{}': following HEAD instead", source.address(),
                        branch);
            }
            return source.head(repository, branch);
        });
        ReadResult<PolicyBundle> atHead = bundles.load(head);
        if (atHead.isSuccess()) {
            return new PolicyHead(atHead.value(), summary(head), now, Optional.empty(), fetchFailure);
        }
        BrokenHead broken = new BrokenHead(summary(head), now,
                atHead.problems().stream().map(PolicyProblem::of).toList());
        for (int back = 1; back <= FALLBACK_COMMITS; back++) {
            Optional<String> earlier = firstParentAncestor(head, back);
            if (earlier.isEmpty()) {
                break;
            }
            ReadResult<PolicyBundle> loaded = bundles.load(earlier.get());
            if (loaded.isSuccess()) {
                LOG.warn("the head {} of the policy branch '{}' in {} does not load, so Tenet starts with {}, {} commit(s)"
                                + " before it, and keeps serving it until a new head loads:\n{}", abbreviate(head), branch,
                        source.address(), abbreviate(earlier.get()), back, lines(atHead.problems()));
                return new PolicyHead(loaded.value(), summary(earlier.get()), now, Optional.of(broken), fetchFailure);
            }
        }
        throw new IllegalStateException("no commit of the policy library loads: the head " + abbreviate(head)
                + " of branch '" + branch + "' in " + source.address() + " (folder '" + bundles.folder()
                + "') has these problems, and none of the " + FALLBACK_COMMITS + " commits before it on the branch"
                + " loads either. Fix the library and push, or point tenet.policies.repository, tenet.policies.path"
                + " or tenet.policies.branch at one that loads:\n" + lines(atHead.problems()));
    }

    private Optional<FetchFailure> fetch(Instant now) {
        if (!source.isRemote()) {
            return Optional.empty();
        }
        try {
            source.fetch();
            return Optional.empty();
        } catch (GitException e) {
            LOG.warn("cannot fetch the policy repository at start-up; starting from its mirror as last fetched: {}",
                    e.getMessage());
            return Optional.of(new FetchFailure(e.getMessage(), now));
        }
    }

    /** The commit {@code back} first parents before {@code head} ({@code head~back}), if the history goes back that far. */
    private Optional<String> firstParentAncestor(String head, int back) {
        try {
            return Optional.of(bundles.read(repository -> repository.resolve(head + "~" + back)));
        } catch (UnknownRevisionException e) {
            return Optional.empty();
        }
    }

    private CommitSummary summary(String commit) {
        return bundles.read(repository -> CommitSummary.of(repository.commit(commit)));
    }

    static String abbreviate(String commit) {
        return commit.substring(0, Math.min(12, commit.length()));
    }

    static String lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
