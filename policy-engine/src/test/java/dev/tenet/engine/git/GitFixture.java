package dev.tenet.engine.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/**
 * A real git repository in a test folder, driven with JGit's porcelain: write files, commit them
 * with a chosen author, tag and branch. Each commit is one minute after the previous one, so that
 * history order does not depend on the clock.
 */
public final class GitFixture implements AutoCloseable {

    /** The time of the first commit. */
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private final Git git;
    private final Path root;
    private int commits;

    private GitFixture(Git git, Path root) {
        this.git = git;
        this.root = root;
    }

    /** A new repository with branch {@code main}, in {@code folder}. */
    public static GitFixture init(Path folder) {
        try {
            return new GitFixture(Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call(), folder);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The working tree. */
    public Path root() {
        return root;
    }

    /** Writes a file of the working tree, making its folders. */
    public GitFixture write(String path, String content) {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file of the working tree, making its folders. */
    public GitFixture write(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder's files into the working tree under {@code target}. */
    public GitFixture copy(Path folder, String target) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    write(target + "/" + folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file of the working tree. */
    public GitFixture delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits every change of the working tree as Pat, returning the full commit id. */
    public String commit(String message) {
        return commit(message, "Pat Policy", "pat@example.org");
    }

    /** Commits every change of the working tree as the given author, returning the full commit id. */
    public String commit(String message, String author, String email) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent ident = new PersonIdent(author, email, timeOf(commits++), ZoneOffset.UTC);
            RevCommit commit = git.commit().setMessage(message).setAuthor(ident).setCommitter(ident)
                    .setSign(false).setAllowEmpty(true).call();
            return commit.name();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The author time the n-th commit (from 0) gets. */
    public static Instant timeOf(int commit) {
        return START.plusSeconds(60L * commit);
    }

    /** Tags {@code HEAD}; annotated tags get a message. */
    public GitFixture tag(String name, boolean annotated) {
        try {
            git.tag().setName(name).setAnnotated(annotated).setMessage(annotated ? "release " + name : null)
                    .setSigned(false).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes a branch at {@code HEAD} without switching to it. */
    public GitFixture branch(String name) {
        try {
            git.branchCreate().setName(name).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Switches the working tree to a branch. */
    public GitFixture checkout(String branch) {
        try {
            git.checkout().setName(branch).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mode git recorded for a path at {@code HEAD}: a file, a link, a submodule. */
    public FileMode modeAtHead(String path) {
        Repository repository = git.getRepository();
        try (TreeWalk walk = TreeWalk.forPath(repository, path, repository.parseCommit(repository.resolve("HEAD")).getTree())) {
            return walk == null ? FileMode.MISSING : walk.getFileMode(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
