package dev.tenet.engine.library;

import dev.tenet.engine.git.GitRepository;

import java.nio.file.Path;

/**
 * Where a library's files come from: a folder of the working tree, or a folder at a git commit.
 * Both give the same list of files; only the commit label and the way paths are written differ.
 */
public sealed interface LibrarySource permits WorktreeSource, GitSource {

    /** The commit label of a library read from the working tree. */
    String WORKTREE = "worktree";

    /**
     * A folder of the working tree, commit label {@value #WORKTREE}. Files are named relative to the
     * current directory when the folder lies below it ({@code policies/privacy-security/x.yaml}),
     * else by their absolute path.
     */
    static LibrarySource worktree(Path folder) {
        return WorktreeSource.of(folder);
    }

    /**
     * A folder at the commit a revision names, read from git objects without a checkout. The
     * revision is resolved now, so the source stays on that commit even if the branch moves.
     * Files are named from the repository root.
     *
     * @param folder the folder from the repository root ({@code policies}); empty or {@code .} for all of it
     * @throws dev.tenet.engine.git.UnknownRevisionException when the revision names no commit
     */
    static LibrarySource git(GitRepository repository, String revision, String folder) {
        return GitSource.of(repository, revision, folder);
    }

    /** {@value #WORKTREE}, or the full id of the commit the files come from. */
    String commit();

    /** The folder as problems name it: {@code policies}, or {@code .} for the current one or the repository root. */
    String folder();

    /** The library's YAML files in path order, skipping hidden folders and {@code target/}. */
    SourceFiles files();
}
