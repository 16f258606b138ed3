package dev.tenet.web.policy;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.git.GitException;
import dev.tenet.model.ReadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Follows the policy branch: fetches the remote (for a mirrored repository), reads the branch's
 * head and, when it moved and changed a file of the library folder, loads the library there (a
 * commit that changes nothing under {@code tenet.policies.path}, such as the application's own
 * code when the repository is this checkout, leaves the commit served as it is). A head that loads becomes current and
 * {@link PolicyHeadMoved} is published; one that does not is refused and remembered with its
 * problems, and the application keeps serving the last commit that loaded until a later head
 * loads. Fetch and read failures are recorded and logged, never thrown: polling must go on.
 *
 * <p>Syncs run one at a time (polling, the API, the webhook and the page may ask at once), so
 * {@link PolicyHeadMoved} events come in the order the heads moved. They are published on the
 * syncing thread after the switch, outside any database transaction: listeners with long work
 * (re-evaluating stored designs) hand it to another thread, or the next sync waits for them.
 *
 * <p>Switches and refused heads are logged and published ({@link PolicyHeadMoved},
 * {@link PolicyHeadRefused}); the audit module appends both to the trail. Each web
 * instance keeps its own mirror (its own {@code tenet.data-dir}) and syncs on its own: a webhook
 * reaches one instance behind a load balancer, polling brings the others along.
 */
@Service
public class PolicySync {

    private static final Logger LOG = LoggerFactory.getLogger(PolicySync.class);

    private final PolicyService policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    PolicySync(PolicyService policies, ApplicationEventPublisher events, Clock clock) {
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Syncs now, after any sync already running.
     *
     * @param actor who asked, for the log: a username, {@code webhook} or {@code polling}
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SyncResult sync(String actor) {
        oneAtATime.lock();
        try {
            return syncNow(actor);
        } finally {
            oneAtATime.unlock();
        }
    }

    /** Where the library stands: what is followed and served, when it was last checked, and what is wrong. */
    public SyncStatus status() {
        PolicyHead head = policies.head();
        PolicySource source = policies.source();
        return new SyncStatus(source.address(), source.isRemote(), policies.branch(), policies.folder(),
                head.current(), head.checkedAt(), head.broken(), head.fetchFailure());
    }

    private SyncResult syncNow(String actor) {
        Instant now = clock.instant();
        PolicyHead before = policies.head();
        PolicySource source = policies.source();
        List<String> fetched = List.of();
        Optional<FetchFailure> failure = Optional.empty();
        try {
            fetched = source.fetch();
        } catch (GitException e) {
            failure = Optional.of(failed(actor, e, now, before));
        }
        PolicyHead after;
        try {
            String head = policies.read(repository -> source.head(repository, policies.branch()));
            after = follow(actor, before, head, now, failure);
        } catch (GitException e) {
            after = before.checked(now, before.broken(), Optional.of(failed(actor, e, now, before)));
        }
        policies.follow(after);
        publishIfNewlyRefused(before, after, now);
        if (before.fetchFailure().isPresent() && after.fetchFailure().isEmpty()) {
            LOG.info("the policy repository {} can be fetched and read again", source.address());
        }
        if (!after.commit().equals(before.commit())) {
            LOG.info("policy library moved from {} to {} (sync asked by {})", StartingHead.abbreviate(before.commit()),
                    StartingHead.abbreviate(after.commit()), actor);
            publish(new PolicyHeadMoved(before.commit(), after.commit(), now));
        }
        return new SyncResult(before.commit(), after.commit(), !after.commit().equals(before.commit()), now, fetched,
                after.broken(), after.fetchFailure());
    }

    /** Whether no file of the library folder differs between the commit served and the branch's head. */
    private boolean libraryUnchanged(String served, String head) {
        try {
            return policies.read(repository -> repository.changedFiles(served, head, policies.folder())).isEmpty();
        } catch (GitException e) {
            return false; // the commit served is gone (a rewritten history): load the head
        }
    }

    /** A head refused by this sync (not one refused earlier and still there) is published once. */
    private void publishIfNewlyRefused(PolicyHead before, PolicyHead after, Instant now) {
        Optional<String> known = before.broken().map(broken -> broken.commit().id());
        after.broken().filter(broken -> !known.equals(Optional.of(broken.commit().id())))
                .ifPresent(broken -> publish(new PolicyHeadRefused(broken.commit().id(), after.commit(),
                        broken.problems().stream().map(PolicyProblem::text).toList(), now)));
    }

    /** What to follow once the branch's head is {@code head}. */
    private PolicyHead follow(String actor, PolicyHead before, String head, Instant now,
                              Optional<FetchFailure> failure) {
        if (head.equals(before.commit())) {
            return before.checked(now, Optional.empty(), failure); // back at (or still on) the commit served
        }
        if (before.broken().filter(broken -> broken.commit().id().equals(head)).isPresent()) {
            return before.checked(now, before.broken(), failure); // refused already: its problems are known
        }
        if (libraryUnchanged(before.commit(), head)) {
            // a commit outside the library (the application's own code, with the default "."):
            // the policies are the same, so designs keep their pins and nothing drifts
            return before.checked(now, Optional.empty(), failure);
        }
        ReadResult<PolicyBundle> loaded = policies.bundles().load(head);
        CommitSummary commit = policies.read(repository -> CommitSummary.of(repository.commit(head)));
        if (loaded.isSuccess()) {
            return new PolicyHead(loaded.value(), commit, now, Optional.empty(), failure);
        }
        BrokenHead broken = new BrokenHead(commit, now, loaded.problems().stream().map(PolicyProblem::of).toList());
        LOG.warn("the new head {} of the policy branch '{}' in {} (\"{}\" by {}) does not load; still serving {}"
                        + " (sync asked by {}):\n{}", StartingHead.abbreviate(head), policies.branch(),
                policies.source().address(), commit.message(), commit.author(),
                StartingHead.abbreviate(before.commit()), actor, StartingHead.lines(loaded.problems()));
        return before.checked(now, Optional.of(broken), failure);
    }

    /** The failure, logged at WARN when it is new: a remote that stays down is not one warning a minute. */
    private FetchFailure failed(String actor, GitException failure, Instant now, PolicyHead before) {
        String message = failure.getMessage();
        boolean known = before.fetchFailure().filter(earlier -> earlier.message().equals(message)).isPresent();
        if (known) {
            LOG.debug("policy sync (asked by {}) failed again: {}", actor, message);
            return before.fetchFailure().get();
        }
        LOG.warn("policy sync (asked by {}) failed: {}; still serving {}", actor, message,
                StartingHead.abbreviate(before.commit()));
        return new FetchFailure(message, now);
    }

    /** A listener's failure is its own: the switch stands, and the sync that made it reports it. */
    private void publish(Object event) {
        try {
            events.publishEvent(event);
        } catch (RuntimeException e) {
            LOG.error("a listener of {} failed; the policy library is at {} all the same", event,
                    StartingHead.abbreviate(policies.current().commit()), e);
        }
    }
}
