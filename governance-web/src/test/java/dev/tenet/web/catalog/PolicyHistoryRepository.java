package dev.tenet.web.catalog;

import dev.tenet.web.persistence.TemporaryPolicyRepository;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.TimeZone;

/**
 * A policy repository with a history, made by the catalog tests with JGit on top of
 * {@link TemporaryPolicyRepository}'s one commit of this checkout's library:
 * <ol>
 *   <li>{@link #LIBRARY}: the library as shipped, tagged {@code v1};</li>
 *   <li>{@link #RETENTION}: encrypting personal data at rest now also needs a retention of at most
 *   30 days (version 1.1.0), and its test says so: the claims-triage example (365 days) is
 *   blocked from here on;</li>
 *   <li>{@link #ADD_REMOVE}: a policy added ({@code transparency.label-synthetic-media}) and one
 *   removed ({@code transparency.show-confidence}, with its test).</li>
 * </ol>
 * Those three are on {@code main}, or on a branch of their own when {@code main} must not move
 * (a test that shares its application with others). Branches off the last of them:
 * {@code proposal} makes opting out hard-mandatory (a design without an opt-out gets worse) and
 * drops the retention condition again (claims triage gets better); {@code broken} has a policy
 * that does not read (a misspelt key).
 */
final class PolicyHistoryRepository {

    static final String ENCRYPT = "policies/privacy-security/encrypt-personal-data.yaml";
    static final String ENCRYPT_TEST = "policies/privacy-security/encrypt-personal-data_test.yaml";
    static final String OPT_OUT = "policies/privacy-security/offer-opt-out.yaml";
    static final String SHOW_CONFIDENCE = "policies/transparency/show-confidence.yaml";
    static final String SYNTHETIC_MEDIA = "policies/transparency/label-synthetic-media.yaml";
    static final String AT_REST = "require: \"design.data.encryption.atRest\"";
    static final String AT_REST_SHORT_RETENTION = "require: \"design.data.encryption.atRest && design.data.retentionDays <= 30\"";

    static final String LIBRARY = "library";
    static final String RETENTION = "retention";
    static final String ADD_REMOVE = "addRemove";

    private final Path root;
    // after the library's own commit, so that newest-first is also the order they were made in
    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private int commits;

    private PolicyHistoryRepository(Path root) {
        this.root = root;
    }

    /** A new repository in {@code folder} with the three commits on {@code main}, the branches and the tag. */
    static Commits create(Path folder) {
        PolicyHistoryRepository repository = new PolicyHistoryRepository(TemporaryPolicyRepository.create(folder));
        return repository.history("main");
    }

    /**
     * The three commits on a new branch {@code line} off the existing repository's {@code main},
     * with the branches {@code line-proposal} and {@code line-broken} and the tag {@code line-v1}:
     * for an application whose {@code main} must stay where it is.
     */
    static Commits onBranch(Path existing, String line) {
        PolicyHistoryRepository repository = new PolicyHistoryRepository(existing);
        return repository.git(git -> {
            git.checkout().setCreateBranch(true).setName(line).call();
            Commits made = repository.history(line);
            git.checkout().setName("main").call();
            return made;
        });
    }

    /**
     * The commits made.
     *
     * @param branch   where the three commits are: {@code main}, or the branch made for them
     * @param proposal the proposal branch's name
     * @param broken   the broken branch's name
     * @param tag      the tag on the first commit
     */
    record Commits(String branch, String library, String retention, String addRemove, String proposal, String broken,
                   String tag, String proposalCommit) {
    }

    private Commits history(String line) {
        String prefix = line.equals("main") ? "" : line + "-";
        String library = git(git -> git.getRepository().resolve("HEAD").name());
        git(git -> git.tag().setName(prefix + "v1").setObjectId(git.getRepository().parseCommit(
                git.getRepository().resolve(library))).call());
        replace(ENCRYPT, AT_REST, AT_REST_SHORT_RETENTION);
        replace(ENCRYPT, "version: 1.0.0", "version: 1.1.0");
        replace(ENCRYPT_TEST, "    - name: compliant claims triage passes\n      design: ../examples/claims-triage.yaml\n",
                "    - name: compliant claims triage passes\n      design: ../examples/claims-triage.yaml\n"
                        + "      patch: {data: {retentionDays: 30}}\n");
        String retention = commit("Keep encrypted personal data at most 30 days");
        write(SYNTHETIC_MEDIA, """
                apiVersion: tenet.dev/v1
                kind: Policy
                metadata:
                  id: transparency.label-synthetic-media
                  title: Label synthetic media as generated
                  version: 1.0.0
                  owner: policy-team
                  principle: transparency
                  description: People should know when an image, a voice or a text was made by a model.
                  references:
                    - source: Responsible generative AI (four stages) and the six principles
                      section: Transparency
                      url: https://example.org/synthetic-media
                spec:
                  appliesTo: "'generative' in design.capabilities"
                  enforcement: advisory
                  severity: medium
                  rules:
                    - id: disclosed
                      require: "design.transparency.disclosure"
                      message: Generated media is not labelled as generated.
                      remediation: Label every generated image, voice and text, and set transparency.disclosure.
                """);
        delete(SHOW_CONFIDENCE);
        delete(SHOW_CONFIDENCE.replace(".yaml", "_test.yaml"));
        String addRemove = commit("Label synthetic media; retire show-confidence");

        String proposalCommit = git(git -> {
            git.checkout().setCreateBranch(true).setName(prefix + "proposal").call();
            replace(OPT_OUT, "enforcement: advisory", "enforcement: hard-mandatory");
            replace(OPT_OUT, "version: 1.0.0", "version: 2.0.0");
            replace(ENCRYPT, AT_REST_SHORT_RETENTION, AT_REST);
            replace(ENCRYPT, "version: 1.1.0", "version: 1.2.0");
            String made = commit("Make opting out hard-mandatory; drop the retention condition");
            git.checkout().setName(line).call();
            git.checkout().setCreateBranch(true).setName(prefix + "broken").call();
            replace(OPT_OUT, "enforcement: advisory", "enforcement: advisory\n  severty: high");
            commit("Work in progress");
            git.checkout().setName(line).call();
            return made;
        });
        return new Commits(line, library, retention, addRemove, prefix + "proposal", prefix + "broken", prefix + "v1",
                proposalCommit);
    }

    private void replace(String file, String from, String to) {
        try {
            Path path = root.resolve(file);
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new IllegalStateException(file + " has no '" + from + "'");
            }
            Files.writeString(path, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, String text) {
        try {
            Files.writeString(root.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits everything in the working tree, a minute after the previous commit, as Pat Policy. */
    private String commit(String message) {
        commits++;
        PersonIdent author = new PersonIdent("Pat Policy", "pat@policy.invalid",
                Date.from(start.plusSeconds(60L * commits)), TimeZone.getTimeZone(ZoneOffset.UTC));
        return git(git -> {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            RevCommit made = git.commit().setMessage(message).setAuthor(author).setCommitter(author).setSign(false).call();
            return made.name();
        });
    }

    private <T> T git(GitAction<T> action) {
        try (Git git = Git.open(root.toFile())) {
            return action.run(git);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("git in " + root + " failed", e);
        }
    }

    @FunctionalInterface
    private interface GitAction<T> {
        T run(Git git) throws IOException, GitAPIException;
    }
}
