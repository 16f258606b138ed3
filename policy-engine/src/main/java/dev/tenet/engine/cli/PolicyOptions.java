package dev.tenet.engine.cli;

import dev.tenet.engine.evaluation.BundleLoader;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.git.GitException;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.model.ReadResult;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** {@code --policies DIR} and {@code --ref REV}: which policy bundle a command evaluates against. */
final class PolicyOptions {

    @Option(names = "--policies", paramLabel = "DIR", defaultValue = "policies",
            description = "The policy library folder (default: ${DEFAULT-VALUE}).")
    Path policies;

    @Option(names = "--ref", paramLabel = "REV",
            description = "Read the policies at this git revision (branch, tag, commit) instead of the working tree.")
    String ref;

    /** Loads the bundle, warnings to {@code warn}; a bundle that does not load is a {@link UserError}. */
    PolicyBundle load(Consumer<String> warn) {
        return load(policies, ref, "pass the library with --policies DIR", warn);
    }

    /** Loads the library in {@code folder}, at {@code ref} if it is not null, else from the working tree. */
    static PolicyBundle load(Path folder, String ref, Consumer<String> warn) {
        return load(folder, ref, "name the folder that holds governance.yaml and the policies", warn);
    }

    private static PolicyBundle load(Path folder, String ref, String hint, Consumer<String> warn) {
        if (!Files.isDirectory(folder)) {
            throw new UserError(folder + ": no such policy folder" + (Files.exists(folder) ? " (it is a file)" : "")
                    + "; " + hint);
        }
        ReadResult<PolicyBundle> result;
        if (ref == null) {
            result = new BundleLoader().load(LibrarySource.worktree(folder));
        } else {
            try (GitRepository repository = GitRepository.open(folder)) {
                result = new BundleLoader().load(LibrarySource.git(repository, ref, repository.pathOf(folder)));
            } catch (GitException e) {
                throw new UserError(e.getMessage());
            }
        }
        if (!result.isSuccess()) {
            throw UserError.of("the policies in " + folder + (ref == null ? "" : " at " + ref)
                    + " do not load; fix these problems:", result.problems());
        }
        result.problems().forEach(problem -> warn.accept(problem.toString()));
        return result.value();
    }
}
