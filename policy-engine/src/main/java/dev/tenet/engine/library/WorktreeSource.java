package dev.tenet.engine.library;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.model.yaml.YamlReader;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A library folder of the working tree (or any folder on disk). */
record WorktreeSource(Path root, String folder) implements LibrarySource {

    static WorktreeSource of(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path current = Path.of("").toAbsolutePath().normalize();
        String display = absolute.startsWith(current) ? LibraryPaths.normalize(current.relativize(absolute).toString())
                : LibraryPaths.normalize(absolute.toString());
        return new WorktreeSource(absolute, display);
    }

    @Override
    public String commit() {
        return WORKTREE;
    }

    @Override
    public SourceFiles files() {
        if (!Files.exists(root)) {
            return SourceFiles.problem(folder, "no such folder: " + folder + " (pass the folder that holds the policy library)");
        }
        if (!Files.isDirectory(root)) {
            return SourceFiles.problem(folder, "is a file, not a folder: pass the folder that holds the policy library");
        }
        List<Problem> problems = new ArrayList<>();
        List<SourceFile> files = new ArrayList<>();
        list(problems).forEach((name, path) -> read(name, path, problems, files));
        return new SourceFiles(files, problems);
    }

    /** The library's files by the name problems give them, in name order. */
    private Map<String, Path> list(List<Problem> problems) {
        Map<String, Path> found = new TreeMap<>();
        try {
            Path start = root.toRealPath();
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.equals(start) || !LibraryPaths.isSkipped(dir.getFileName().toString())
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String inFolder = start.relativize(file).toString().replace('\\', '/');
                    if (attributes.isRegularFile() && LibraryPaths.isLibraryFile(inFolder)) {
                        found.put(name(inFolder), file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String inFolder = start.relativize(file).toString().replace('\\', '/');
                    problems.add(Problem.error(name(inFolder), Position.START, "cannot read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Problem.error(folder, Position.START, "cannot list the folder: " + e.getMessage()));
        }
        return found;
    }

    private static void read(String name, Path path, List<Problem> problems, List<SourceFile> files) {
        try {
            long size = Files.size(path);
            files.add(size > YamlReader.DEFAULT_MAX_BYTES ? SourceFile.oversized(name, size)
                    : SourceFile.of(name, Files.readAllBytes(path)));
        } catch (IOException e) {
            problems.add(Problem.error(name, Position.START, "cannot read the file: " + e.getMessage()));
        }
    }

    /** The file as the user would write it: below the folder as the folder is written. */
    private String name(String inFolder) {
        return folder.equals(".") ? inFolder : folder + "/" + inFolder;
    }
}
