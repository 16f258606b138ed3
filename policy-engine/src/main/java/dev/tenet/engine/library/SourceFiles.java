package dev.tenet.engine.library;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;

import java.util.List;

/**
 * What a library source gave: the library's YAML files in path order, and problems with files it
 * could not read or with the folder itself.
 *
 * @param files    the files, sorted by path
 * @param problems what could not be read
 */
public record SourceFiles(List<SourceFile> files, List<Problem> problems) {

    public SourceFiles {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** No files, because of a problem with the folder. */
    static SourceFiles problem(String folder, String message) {
        return new SourceFiles(List.of(), List.of(Problem.error(folder, Position.START, message)));
    }
}
