package dev.tenet.engine.git;

import dev.tenet.engine.git.FileChange.Change;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads commit trees: the files under a folder, and what differs between two commits. Each call
 * has its own {@link ObjectReader}, so calls may run on several threads at once.
 */
final class CommitTrees {

    private final Repository repository;

    CommitTrees(Repository repository) {
        this.repository = repository;
    }

    List<TreeFile> files(ObjectId commit, String folder, Predicate<String> include, int maxBytes) throws IOException {
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(tree(reader, commit));
            walk.setRecursive(true);
            if (!folder.isEmpty()) {
                walk.setFilter(PathFilter.create(folder));
            }
            List<Blob> blobs = new ArrayList<>();
            while (walk.next()) {
                if (isFile(walk.getRawMode(0)) && include.test(walk.getPathString())) {
                    blobs.add(new Blob(walk.getPathString(), walk.getObjectId(0)));
                }
            }
            // Git orders "a.yaml" after "a/" as if folders ended in '/'; callers want plain path order.
            blobs.sort(Comparator.comparing(Blob::path));
            List<TreeFile> files = new ArrayList<>(blobs.size());
            for (Blob blob : blobs) {
                files.add(read(reader, blob, maxBytes));
            }
            return files;
        }
    }

    boolean hasFolder(ObjectId commit, String folder) throws IOException {
        if (folder.isEmpty()) {
            return true;
        }
        try (ObjectReader reader = repository.newObjectReader();
             TreeWalk walk = TreeWalk.forPath(reader, folder, tree(reader, commit))) {
            return walk != null && (walk.getRawMode(0) & FileMode.TYPE_MASK) == FileMode.TYPE_TREE;
        }
    }

    List<FileChange> changes(ObjectId from, ObjectId to, String folder) throws IOException {
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(tree(reader, from));
            walk.addTree(tree(reader, to));
            walk.setRecursive(true);
            walk.setFilter(folder.isEmpty() ? TreeFilter.ANY_DIFF
                    : AndTreeFilter.create(PathFilter.create(folder), TreeFilter.ANY_DIFF));
            List<FileChange> changes = new ArrayList<>();
            while (walk.next()) {
                boolean before = isFile(walk.getRawMode(0));
                boolean after = isFile(walk.getRawMode(1));
                if (before && after && !walk.idEqual(0, 1)) {
                    changes.add(new FileChange(Change.MODIFIED, walk.getPathString()));
                } else if (after && !before) {
                    changes.add(new FileChange(Change.ADDED, walk.getPathString()));
                } else if (before && !after) {
                    changes.add(new FileChange(Change.REMOVED, walk.getPathString()));
                }
            }
            changes.sort(Comparator.naturalOrder());
            return changes;
        }
    }

    private static RevTree tree(ObjectReader reader, ObjectId commit) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            return walk.parseCommit(commit).getTree();
        }
    }

    /** Regular and executable files only: submodules (gitlinks) and symbolic links are not content. */
    private static boolean isFile(int rawMode) {
        return (rawMode & FileMode.TYPE_MASK) == FileMode.TYPE_FILE;
    }

    private static TreeFile read(ObjectReader reader, Blob blob, int maxBytes) throws IOException {
        ObjectLoader loader = reader.open(blob.id(), Constants.OBJ_BLOB);
        long size = loader.getSize();
        if (size > maxBytes) {
            return TreeFile.oversized(blob.path(), size);
        }
        return TreeFile.read(blob.path(), loader.getBytes());
    }

    private record Blob(String path, ObjectId id) {
    }
}
