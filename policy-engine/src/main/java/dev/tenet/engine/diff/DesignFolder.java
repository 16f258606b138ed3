package dev.tenet.engine.diff;

import dev.tenet.model.Document;
import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.read.DocumentReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The designs in a folder and its subfolders: every YAML file that is a WorkloadDesign, in path
 * order. Other documents (a policy test beside its example designs) are passed over; a file that
 * cannot be read is a problem, so a broken design is never silently left out of an impact report.
 */
public final class DesignFolder {

    private DesignFolder() {
    }

    /** The designs under {@code folder}, or every problem of every file that could not be read. */
    public static ReadResult<List<WorkloadDesign>> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return ReadResult.failure(List.of(Problem.error(folder.toString(), Position.START,
                    (Files.exists(folder) ? "is a file, not a folder" : "no such folder")
                            + ": pass the folder that holds the WorkloadDesign files")));
        }
        List<Problem> problems = new ArrayList<>();
        List<WorkloadDesign> designs = new ArrayList<>();
        DocumentReader reader = new DocumentReader();
        for (Path file : yamlFiles(folder, problems)) {
            ReadResult<Document> result = reader.read(file);
            problems.addAll(result.problems());
            if (result.isSuccess() && result.value() instanceof WorkloadDesign design) {
                designs.add(design);
            }
        }
        return ReadResult.of(designs, problems);
    }

    private static List<Path> yamlFiles(Path folder, List<Problem> problems) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> isDesignCandidate(folder.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(Problem.error(folder.toString(), Position.START, "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isDesignCandidate(Path inFolder) {
        for (Path segment : inFolder) {
            String name = segment.toString();
            if (name.startsWith(".") || name.equals("target")) {
                return false;
            }
        }
        String name = inFolder.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
