package dev.tenet.engine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code tenet} command line run in this JVM through {@link TenetCli#run}, and the fixture
 * library under {@code src/test/resources/cli}.
 */
final class Tenet {

    private Tenet() {
    }

    /** Runs {@code tenet ARGS...} and returns its exit status and what it printed. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = TenetCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(List.of(args), exit, out.toString(), err.toString());
    }

    /** The fixture library: three policies (hard, soft, advisory), their tests and example designs. */
    static Path library() {
        return resource("library");
    }

    /** A design of the fixture library, by name: passing, chatbot, unencrypted or unevaluated. */
    static String design(String name) {
        return library().resolve("examples/" + name + ".yaml").toString();
    }

    /** A file or folder under {@code src/test/resources/cli}. */
    static Path resource(String name) {
        try {
            return Path.of(Tenet.class.getResource("/cli/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the fixture library in {@code folder}, to change without touching the resources. */
    static Path copyOfLibrary(Path folder) {
        Path library = library();
        try (Stream<Path> files = Files.walk(library)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = folder.resolve(library.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One finished command: its arguments, exit status, standard output and standard error. */
    record Run(List<String> args, int exit, String out, String err) {

        /** The last line of standard output. */
        String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }

        @Override
        public String toString() {
            return "$ tenet " + String.join(" ", args) + "\n" + out + "--- stderr ---\n" + err + "(exit " + exit + ")";
        }
    }
}
