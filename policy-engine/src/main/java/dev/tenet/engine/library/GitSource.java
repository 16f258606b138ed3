package dev.tenet.engine.library;

import dev.tenet.engine.git.GitRepository;
import dev.tenet.engine.git.TreeFile;
import dev.tenet.model.yaml.YamlReader;

import java.util.List;

/** A library folder at one git commit, read from the repository's objects. */
record GitSource(GitRepository repository, String commit, String folder) implements LibrarySource {

    static GitSource of(GitRepository repository, String revision, String folder) {
        String normalized = LibraryPaths.normalize(folder);
        return new GitSource(repository, repository.resolve(revision), normalized);
    }

    @Override
    public SourceFiles files() {
        String path = folder.equals(".") ? "" : folder;
        if (!repository.hasFolder(commit, path)) {
            return SourceFiles.problem(folder, "no folder '" + folder + "' at commit " + commit.substring(0, 7)
                    + ": check the folder, and that the library existed at that revision");
        }
        String prefix = path.isEmpty() ? "" : path + "/";
        List<TreeFile> files = repository.files(commit, path,
                file -> LibraryPaths.isLibraryFile(file.substring(prefix.length())), YamlReader.DEFAULT_MAX_BYTES);
        return new SourceFiles(files.stream()
                .map(file -> file.isOversized() ? SourceFile.oversized(file.path(), file.size())
                        : SourceFile.of(file.path(), file.content()))
                .toList(), List.of());
    }

    @Override
    public String toString() {
        return "GitSource[" + repository.location() + " " + folder + " at " + commit + "]";
    }
}
