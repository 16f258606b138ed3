package dev.tenet.benchmarks;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Puts a generated library under git with JGit's porcelain: the only class here that touches JGit.
 * Author, committer and time are fixed, so the commit id is the same on every run.
 */
final class LibraryRepository {

    private static final PersonIdent AUTHOR = new PersonIdent("Tenet benchmarks", "benchmarks@tenet.dev",
            Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC);

    private LibraryRepository() {
    }

    /** Makes {@code folder} a repository on branch {@code main} with everything in it committed; returns the commit id. */
    static String commitAll(Path folder, String message) {
        try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            return git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call().getName();
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot commit the generated library in " + folder, e);
        }
    }

    /** A bare clone, its objects in one pack, as a server keeps the policy repository it fetched. */
    static void cloneBare(Path from, Path to) {
        try {
            Git.cloneRepository().setURI(from.toUri().toString()).setDirectory(to.toFile()).setBare(true).call().close();
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot clone " + from, e);
        }
    }
}
