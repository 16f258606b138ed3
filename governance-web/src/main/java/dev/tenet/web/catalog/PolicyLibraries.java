package dev.tenet.web.catalog;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.git.Commit;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.engine.git.UnknownRevisionException;
import dev.tenet.model.Problem;
import dev.tenet.model.Suggestions;
import dev.tenet.web.policy.BrokenPolicyLibraryException;
import dev.tenet.web.policy.PolicyService;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The policy library at the ref a person asks for: the current policy commit when they name none,
 * else the commit a branch, tag or commit id names. Bundles come from {@link PolicyService}, which
 * keeps them by commit; this adds what the catalog's pages and API need around them: a ref that
 * names nothing as a 404 with the close names, a library that does not load as its problems, and
 * the refs to choose from.
 */
@Service
class PolicyLibraries {

    /** Longer refs are refused before git is asked: no branch, tag or expression is this long. */
    static final int MAX_REF_LENGTH = 200;
    /** How many of the policy branch's latest library commits the ref pickers offer. */
    static final int RECENT_COMMITS = 20;
    private static final int CLOSE_NAMES = 5;
    /** How long the branch and tag lists are reused: a page's ref picker may lag a push by this much. */
    private static final long REFS_FRESH_NANOS = 10_000_000_000L;

    private final PolicyService policies;
    // a library that does not load is read again only to list its problems, once per commit
    private final RecentlyUsed<String, List<Problem>> broken = new RecentlyUsed<>(16);
    // the history from a commit never changes
    private final RecentlyUsed<String, List<Commit>> recent = new RecentlyUsed<>(8);
    private volatile ReadRefs lastRefs;

    PolicyLibraries(PolicyService policies) {
        this.policies = policies;
    }

    /**
     * A library at one commit, and how the person named it.
     *
     * @param ref     the ref as written, or the policy branch for the current commit
     * @param commit  the full commit id
     * @param bundle  the library at that commit
     * @param current whether it is the commit new submissions are evaluated at
     */
    record Library(String ref, String commit, PolicyBundle bundle, boolean current) {

        String shortCommit() {
            return abbreviate(commit);
        }

        /** {@code main (1a2b3c4)}, or just the short id when the ref is (part of) the commit id. */
        String label() {
            return PolicyLibraries.label(ref, commit);
        }
    }

    /** A commit the ref pickers offer. */
    record RecentCommit(String id, String shortId, String message, String author, Instant time) {

        static RecentCommit of(Commit commit) {
            return new RecentCommit(commit.id(), commit.shortId(), commit.shortMessage(), commit.authorName(), commit.time());
        }
    }

    /**
     * What a person may pick as a ref.
     *
     * @param branch   the policy branch
     * @param branches every local branch
     * @param tags     every tag
     * @param recent   the latest commits of the policy branch that changed the library, newest first
     */
    record Refs(String branch, List<String> branches, List<String> tags, List<RecentCommit> recent) {

        Refs {
            branches = List.copyOf(branches);
            tags = List.copyOf(tags);
            recent = List.copyOf(recent);
        }
    }

    /** The library at the current policy commit. */
    Library current() {
        PolicyBundle bundle = policies.current();
        return new Library(policies.branch(), bundle.commit(), bundle, true);
    }

    /**
     * The library at {@code ref}, or at the current commit when {@code ref} is null or blank.
     *
     * @param parameter the query parameter the ref came in, named when it is refused
     * @throws InvalidParameterException  when the ref is too long to be one
     * @throws UnknownRefException        when it names no commit
     * @throws LibraryNotLoadedException  when the library at its commit has errors
     */
    Library at(String parameter, String ref) {
        if (ref == null || ref.isBlank()) {
            return current();
        }
        String written = ref.strip();
        if (written.length() > MAX_REF_LENGTH) {
            throw new InvalidParameterException(parameter, "must be a branch, tag or commit id of at most "
                    + MAX_REF_LENGTH + " characters");
        }
        String commit = resolve(written);
        List<Problem> known = broken.find(commit);
        if (known != null) {
            throw new LibraryNotLoadedException(written, commit, known);
        }
        PolicyBundle bundle;
        try {
            bundle = policies.at(commit);
        } catch (BrokenPolicyLibraryException notLoaded) {
            broken.put(commit, notLoaded.problems());
            throw new LibraryNotLoadedException(written, commit, notLoaded.problems());
        }
        return new Library(written, commit, bundle, commit.equals(policies.current().commit()));
    }

    /** The refs as read, and when (monotonic time, not the business clock tests move). */
    private record ReadRefs(Refs refs, long readAt) {
    }

    /**
     * The branches, tags and recent library commits to choose from, read at most every ten seconds:
     * every catalog page offers them, and most pages are read at the current commit without
     * touching git otherwise.
     */
    Refs refs() {
        ReadRefs known = lastRefs;
        long now = System.nanoTime();
        if (known != null && now - known.readAt() < REFS_FRESH_NANOS) {
            return known.refs();
        }
        Refs fresh = readRefs();
        lastRefs = new ReadRefs(fresh, now);
        return fresh;
    }

    private Refs readRefs() {
        return policies.read(repository -> {
            List<RecentCommit> latest = repository.headOf(policies.branch())
                    .map(head -> recent.get(head, h -> repository.history(h, policies.folder(), RECENT_COMMITS)))
                    .orElse(List.of()).stream().map(RecentCommit::of).toList();
            return new Refs(policies.branch(), repository.branches(), repository.tags(), latest);
        });
    }

    /** How a page names a commit asked for by a ref: {@code main (1a2b3c4)}, or {@code 1a2b3c4} for a commit id. */
    static String label(String ref, String commit) {
        boolean commitId = ref.matches("[0-9a-fA-F]{4,40}") && commit.startsWith(ref.toLowerCase(Locale.ROOT));
        return commitId ? abbreviate(commit) : ref + " (" + abbreviate(commit) + ")";
    }

    /** The first seven characters of a commit id, as git abbreviates it. */
    static String abbreviate(String commit) {
        return commit.length() > 7 ? commit.substring(0, 7) : commit;
    }

    private String resolve(String ref) {
        return policies.read(repository -> {
            try {
                return repository.resolve(ref);
            } catch (UnknownRevisionException unknown) {
                throw new UnknownRefException(ref, closeNames(ref, repository));
            }
        });
    }

    /** The likely typo first, then names that start with or contain what was written. */
    private static List<String> closeNames(String ref, GitRepository repository) {
        List<String> names = new ArrayList<>(repository.branches());
        names.addAll(repository.tags());
        Set<String> close = new LinkedHashSet<>();
        Suggestions.closest(ref, names).ifPresent(close::add);
        String lower = ref.toLowerCase(Locale.ROOT);
        names.stream().filter(name -> name.toLowerCase(Locale.ROOT).startsWith(lower)).forEach(close::add);
        names.stream().filter(name -> name.toLowerCase(Locale.ROOT).contains(lower)).forEach(close::add);
        return close.stream().limit(CLOSE_NAMES).toList();
    }
}
