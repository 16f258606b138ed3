package dev.tenet.web.policy;

import dev.tenet.web.persistence.TemporaryPolicyRepository;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A policy team's clone of the library in a temporary folder: this checkout's library in one commit
 * on {@code main}, then whatever the test commits, and optionally a bare "remote" it pushes to, which
 * the application mirrors through a {@code file://} URL.
 */
final class LibraryRepository implements AutoCloseable {

    /** A rule whose CEL expression no longer compiles, and the line it is on in {@link #ACCESS_CONTROL}. */
    static final String BROKEN_REQUIRE = "      require: \"design.security.authentication &&\"";
    static final String ACCESS_CONTROL = "policies/privacy-security/access-control.yaml";
    static final String GOOD_REQUIRE = "      require: \"design.security.authentication\"";

    private final Path workTree;
    private final Git git;
    private Path remote;

    private LibraryRepository(Path workTree, Git git) {
        this.workTree = workTree;
        this.git = git;
    }

    /** The library committed once on {@code main} in {@code folder}. */
    static LibraryRepository create(Path folder) {
        try {
            Path workTree = TemporaryPolicyRepository.create(Files.createDirectories(folder));
            return new LibraryRepository(workTree, Git.open(workTree.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path workTree() {
        return workTree;
    }

    /** The commit {@code main} is at. */
    String head() {
        try {
            return git.getRepository().resolve("refs/heads/main").name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file (a path from the repository root) and commits it on {@code main}; the new commit's id. */
    String commit(String message, String path, String content) {
        try {
            Path file = workTree.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            git.add().addFilepattern(path).call();
            RevCommit commit = git.commit().setMessage(message).setAuthor("Pat Policy", "pat@tenet.invalid")
                    .setCommitter("Pat Policy", "pat@tenet.invalid").setSign(false).call();
            return commit.name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot commit " + path, e);
        }
    }

    /** Deletes a file (a path from the repository root) and commits that on {@code main}; the new commit's id. */
    String delete(String message, String path) {
        try {
            git.rm().addFilepattern(path).call();
            return git.commit().setMessage(message).setAuthor("Pat Policy", "pat@tenet.invalid")
                    .setCommitter("Pat Policy", "pat@tenet.invalid").setSign(false).call().name();
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot delete " + path, e);
        }
    }

    /** Commits an edit of a file: {@code from} replaced by {@code to}, which must be there. */
    String edit(String message, String path, String from, String to) {
        try {
            String text = Files.readString(workTree.resolve(path));
            if (!text.contains(from)) {
                throw new IllegalArgumentException(path + " has no '" + from + "'");
            }
            return commit(message, path, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first line of a file equal to {@code line}. */
    int lineOf(String path, String line) {
        try {
            var lines = Files.readAllLines(workTree.resolve(path));
            int index = lines.indexOf(line);
            if (index < 0) {
                throw new IllegalArgumentException(path + " has no line '" + line + "'");
            }
            return index + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a bare repository in {@code folder}, pushes {@code main} there, and returns its {@code file://} URL. */
    String publishTo(Path folder) {
        try (Git bare = Git.init().setBare(true).setInitialBranch("main").setDirectory(folder.toFile()).call()) {
            remote = folder;
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot create the remote " + folder, e);
        }
        push();
        return folder.toUri().toString();
    }

    /** Pushes {@code main} to the remote, fast-forward only. */
    void push() {
        push(new RefSpec("refs/heads/main:refs/heads/main"));
    }

    /** Pushes the local {@code main} to another branch of the remote, as a pull request's branch. */
    void pushAs(String branch) {
        push(new RefSpec("+refs/heads/main:refs/heads/" + branch));
    }

    /** Moves {@code main} back to an earlier commit, here and on the remote (a force-push). */
    void forcePush(String commit) {
        try {
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef(commit).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot reset main to " + commit, e);
        }
        push(new RefSpec("+refs/heads/main:refs/heads/main"));
    }

    private void push(RefSpec spec) {
        if (remote == null) {
            throw new IllegalStateException("no remote: call publishTo first");
        }
        try {
            for (PushResult result : git.push().setRemote(remote.toUri().toString()).setRefSpecs(spec).call()) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    if (update.getStatus() != RemoteRefUpdate.Status.OK
                            && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                        throw new IllegalStateException("push refused: " + update);
                    }
                }
            }
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot push to " + remote, e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
