package dev.tenet.engine.git;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A git repository, read through its objects: a revision resolves to a commit, and a commit gives
 * the files of a folder, its history and its differences from another commit. Nothing is checked
 * out; the working tree and the index are never read or written.
 *
 * <p>Paths are written from the repository root with {@code /} between folders ({@code policies},
 * {@code policies/privacy-security/encrypt-personal-data.yaml}); the empty string or {@code .} is
 * the whole repository.
 *
 * <p>Thread-safe: every read opens its own object reader. Close the repository when done.
 */
public final class GitRepository implements AutoCloseable {

    /** The largest file {@link #files(String, String)} reads: 1 MiB, like the YAML reader's limit. */
    public static final int DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    private final Repository repository;
    private final Path location;
    private final Revisions revisions;
    private final CommitTrees trees;
    private final CommitLog log;

    private GitRepository(Repository repository) {
        this.repository = repository;
        this.location = (repository.isBare() ? repository.getDirectory() : repository.getWorkTree()).toPath();
        this.revisions = new Revisions(repository, location.toString());
        this.trees = new CommitTrees(repository);
        this.log = new CommitLog(repository);
    }

    /**
     * Opens the repository that holds {@code folder}: its working tree, any folder inside that, or
     * a bare repository's own folder.
     *
     * @throws NotARepositoryException when no repository holds the folder
     * @throws GitException            when the repository cannot be read
     */
    public static GitRepository open(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new GitException("no such folder: " + absolute + " (pass a folder inside a git repository)");
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true).findGitDir(absolute.toFile());
        if (builder.getGitDir() == null) {
            throw new NotARepositoryException(absolute.toString());
        }
        try {
            return new GitRepository(builder.build());
        } catch (IOException | IllegalArgumentException e) {
            throw new GitException("cannot open the git repository at " + builder.getGitDir() + ": " + e.getMessage(), e);
        }
    }

    /** The working tree's root, or a bare repository's folder. */
    public Path location() {
        return location;
    }

    /** The working tree's root; empty for a bare repository. */
    public Optional<Path> workTree() {
        return repository.isBare() ? Optional.empty() : Optional.of(location);
    }

    /**
     * The repository path of a folder or file of the working tree, given absolute or relative to the
     * current directory: {@code /repo/policies} becomes {@code policies}, the root the empty string.
     *
     * @throws GitException when the repository is bare or the path lies outside its working tree
     */
    public String pathOf(Path path) {
        Path root = workTree().orElseThrow(() -> new GitException("the repository at " + location
                + " is bare: write the folder as a path from its root, like policies"));
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            throw new GitException(absolute + " is outside the repository at " + root);
        }
        return RepositoryPaths.normalize(root.relativize(absolute).toString());
    }

    /**
     * The full commit id a revision names: a branch, a tag, a commit id (full or abbreviated),
     * {@code HEAD}, {@code HEAD~2}, {@code main^}, ...
     *
     * @throws UnknownRevisionException when it names no commit, with close branch or tag names
     */
    public String resolve(String revision) {
        Objects.requireNonNull(revision, "revision");
        return revisions.resolve(revision).name();
    }

    /** The commit a revision names, with its author, time and message. */
    public Commit commit(String revision) {
        ObjectId id = revisions.resolve(revision);
        return read(() -> log.commit(id), "cannot read commit " + revision);
    }

    /** Local branch names, sorted ({@code main}, {@code feature/x}). */
    public List<String> branches() {
        return revisions.branches();
    }

    /** Tag names, sorted. */
    public List<String> tags() {
        return revisions.tags();
    }

    /** The full id of the commit a local branch points at, if the branch exists. */
    public Optional<String> headOf(String branch) {
        return revisions.headOf(branch).map(ObjectId::name);
    }

    /** Every file under {@code folder} at a commit, in path order, each up to {@link #DEFAULT_MAX_FILE_BYTES}. */
    public List<TreeFile> files(String revision, String folder) {
        return files(revision, folder, path -> true, DEFAULT_MAX_FILE_BYTES);
    }

    /**
     * The files under {@code folder} at a commit whose repository path passes {@code include}, in
     * path order. Submodules and symbolic links are skipped; files over {@code maxBytes} are listed
     * with their size and not read. A folder the commit does not have gives an empty list.
     */
    public List<TreeFile> files(String revision, String folder, Predicate<String> include, int maxBytes) {
        ObjectId commit = revisions.resolve(revision);
        String path = RepositoryPaths.normalize(folder);
        return read(() -> trees.files(commit, path, include, maxBytes), "cannot read " + folder + " at " + revision);
    }

    /** Whether the commit has a folder at this path (the root always exists). */
    public boolean hasFolder(String revision, String folder) {
        ObjectId commit = revisions.resolve(revision);
        String path = RepositoryPaths.normalize(folder);
        return read(() -> trees.hasFolder(commit, path), "cannot read " + folder + " at " + revision);
    }

    /**
     * The files under {@code folder} that differ from commit {@code from} to commit {@code to},
     * sorted by path. A renamed file shows as removed and added.
     */
    public List<FileChange> changedFiles(String from, String to, String folder) {
        ObjectId older = revisions.resolve(from);
        ObjectId newer = revisions.resolve(to);
        String path = RepositoryPaths.normalize(folder);
        return read(() -> trees.changes(older, newer, path), "cannot compare " + from + " with " + to);
    }

    /**
     * The commits reachable from {@code HEAD} that changed a file, or any file under a folder,
     * newest first, at most {@code max}. Empty when the repository has no commits yet.
     */
    public List<Commit> history(String path, int max) {
        return revisions.head().map(head -> history(head, path, max)).orElse(List.of());
    }

    /** Like {@link #history(String, int)}, from the commit a revision names instead of {@code HEAD}. */
    public List<Commit> history(String revision, String path, int max) {
        return history(revisions.resolve(revision), path, max);
    }

    private List<Commit> history(ObjectId start, String path, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, got " + max);
        }
        String normalized = RepositoryPaths.normalize(path);
        return read(() -> log.history(start, normalized, max), "cannot read the history of " + path);
    }

    @Override
    public void close() {
        repository.close();
    }

    @Override
    public String toString() {
        return "GitRepository[" + location + "]";
    }

    private <T> T read(GitRead<T> read, String what) {
        try {
            return read.run();
        } catch (IOException e) {
            throw new GitException(what + " in " + location + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface GitRead<T> {
        T run() throws IOException;
    }
}
