package dev.tenet.engine.git;

import dev.tenet.model.Suggestions;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns what a user writes (a branch, a tag, a commit id, {@code HEAD~2}) into a commit id. */
final class Revisions {

    private final Repository repository;
    private final String location;

    Revisions(Repository repository, String location) {
        this.repository = repository;
        this.location = location;
    }

    ObjectId resolve(String revision) {
        if (revision.isBlank()) {
            throw new UnknownRevisionException(revision, "no revision given: name a branch, tag or commit id");
        }
        ObjectId id;
        try {
            id = repository.resolve(revision + "^{commit}");
        } catch (AmbiguousObjectException e) {
            throw new UnknownRevisionException(revision, "revision '" + revision + "' is ambiguous in " + location
                    + ": " + e.getCandidates().size() + " objects start with it; write more of the commit id");
        } catch (RevisionSyntaxException | IncorrectObjectTypeException | MissingObjectException e) {
            id = null;
        } catch (IOException e) {
            throw new GitException("cannot read revision '" + revision + "' in " + location + ": " + e.getMessage(), e);
        }
        if (id == null) {
            throw unknown(revision);
        }
        return id;
    }

    Optional<ObjectId> head() {
        try {
            return Optional.ofNullable(repository.resolve(Constants.HEAD + "^{commit}"));
        } catch (IOException | RevisionSyntaxException e) {
            return Optional.empty();
        }
    }

    List<String> branches() {
        return shortNames(Constants.R_HEADS);
    }

    List<String> tags() {
        return shortNames(Constants.R_TAGS);
    }

    Optional<ObjectId> headOf(String branch) {
        try {
            Ref ref = repository.exactRef(Constants.R_HEADS + branch);
            if (ref == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(repository.resolve(ref.getName() + "^{commit}"));
        } catch (IOException | RevisionSyntaxException e) {
            throw new GitException("cannot read branch '" + branch + "' in " + location + ": " + e.getMessage(), e);
        }
    }

    private UnknownRevisionException unknown(String revision) {
        if (head().isEmpty() && branches().isEmpty()) {
            return new UnknownRevisionException(revision, "no revision '" + revision + "' in " + location
                    + ": the repository has no commits yet; commit the policy library first", location);
        }
        List<String> names = new ArrayList<>(branches());
        names.addAll(tags());
        names.addAll(shortNames(Constants.R_REMOTES));
        return new UnknownRevisionException(revision, "no revision '" + revision + "' in " + location
                + ": try a branch, tag or commit id" + Suggestions.hint(revision, names), location);
    }

    private List<String> shortNames(String prefix) {
        try {
            return repository.getRefDatabase().getRefsByPrefix(prefix).stream()
                    .map(ref -> ref.getName().substring(prefix.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new GitException("cannot list " + prefix + " in " + location + ": " + e.getMessage(), e);
        }
    }
}
