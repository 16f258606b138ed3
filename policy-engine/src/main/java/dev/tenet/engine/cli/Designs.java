package dev.tenet.engine.cli;

import dev.tenet.model.Document;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.Waiver;
import dev.tenet.model.WaiverSet;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.read.DocumentReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the design and waiver files named on the command line: every problem of every file
 * together, errors as a {@link UserError}, warnings to the terminal.
 */
final class Designs {

    private final DocumentReader reader = new DocumentReader();
    private final Consumer<String> warn;

    Designs(Consumer<String> warn) {
        this.warn = warn;
    }

    /** The designs, in the order of {@code files}. */
    List<WorkloadDesign> read(List<Path> files) {
        return readAll(files, WorkloadDesign.class, "name the WorkloadDesign files, e.g. " + example(files));
    }

    /** Every waiver of the Waivers files. */
    List<Waiver> waivers(List<Path> files) {
        return readAll(files, WaiverSet.class, "name a Waivers file").stream()
                .flatMap(set -> set.waivers().stream()).toList();
    }

    private <T extends Document> List<T> readAll(List<Path> files, Class<T> type, String folderHint) {
        List<String> missing = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<T> documents = new ArrayList<>();
        for (Path file : files) {
            // no line or column to give for a file that is not there
            if (Files.isDirectory(file)) {
                missing.add(file + ": is a folder, not a file; " + folderHint);
            } else if (!Files.exists(file)) {
                missing.add(file + ": no such file; check the path");
            } else {
                ReadResult<T> result = reader.read(file, type);
                problems.addAll(result.problems());
                if (result.isSuccess()) {
                    documents.add(result.value());
                }
            }
        }
        List<String> errors = new ArrayList<>(missing);
        problems.stream().sorted().filter(Problem::isError).map(Problem::toString).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw UserError.of(errors);
        }
        problems.stream().sorted().map(Problem::toString).forEach(warn);
        return documents;
    }

    private static String example(List<Path> files) {
        Path folder = files.stream().filter(Files::isDirectory).findFirst().orElse(Path.of("designs"));
        return folder.resolve("*.yaml").toString();
    }
}
