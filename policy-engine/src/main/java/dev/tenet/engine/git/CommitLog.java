package dev.tenet.engine.git;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads commits and the history of a path, newest first, like {@code git log -- path}. */
final class CommitLog {

    private static final int SHORT_ID_LENGTH = 7;

    private final Repository repository;

    CommitLog(Repository repository) {
        this.repository = repository;
    }

    Commit commit(ObjectId id) throws IOException {
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            return describe(reader, walk.parseCommit(id));
        }
    }

    List<Commit> history(ObjectId start, String path, int max) throws IOException {
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            walk.sort(RevSort.COMMIT_TIME_DESC);
            if (!path.isEmpty()) {
                walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
            }
            walk.markStart(walk.parseCommit(start));
            List<Commit> commits = new ArrayList<>();
            for (RevCommit commit : walk) {
                if (commits.size() == max) {
                    break;
                }
                commits.add(describe(reader, commit));
            }
            return commits;
        }
    }

    private static Commit describe(ObjectReader reader, RevCommit commit) throws IOException {
        PersonIdent author = commit.getAuthorIdent();
        return new Commit(commit.name(), reader.abbreviate(commit, SHORT_ID_LENGTH).name(), author.getName(),
                author.getEmailAddress(), author.getWhenAsInstant(), commit.getShortMessage(), commit.getFullMessage());
    }
}
