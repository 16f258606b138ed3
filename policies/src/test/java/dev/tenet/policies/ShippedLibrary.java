package dev.tenet.policies;

import dev.tenet.model.Document;
import dev.tenet.model.Policy;
import dev.tenet.model.PolicyTest;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.TestCase;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.read.DocumentReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The policy library this module ships, read from its folder: policies, their tests, the example
 * designs and the decisions recorded for them. The folder is the {@code tenet.library} system
 * property, which the Maven build sets to the module's base directory.
 */
final class ShippedLibrary {

    static final String FOLDER_PROPERTY = "tenet.library";
    static final String EXAMPLES = "examples";
    static final String EXAMPLES_TEST = "examples_test.yaml";
    private static final String TEST_SUFFIX = "_test.yaml";

    private final Path folder;
    private final Map<Path, Document> documents;

    private ShippedLibrary(Path folder, Map<Path, Document> documents) {
        this.folder = folder;
        this.documents = documents;
    }

    /** Reads every document of the library; a file that does not read fails with its problems. */
    static ShippedLibrary read() {
        Path folder = Path.of(System.getProperty(FOLDER_PROPERTY, ".")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(folder.resolve("governance.yaml"))) {
            throw new IllegalStateException(folder + " holds no governance.yaml: set -D" + FOLDER_PROPERTY
                    + " to the policy library folder (the Maven build sets it to policies/)");
        }
        DocumentReader reader = new DocumentReader();
        Map<Path, Document> documents = new LinkedHashMap<>();
        for (Path file : yamlFiles(folder)) {
            ReadResult<Document> read = reader.read(file);
            if (!read.isSuccess()) {
                throw new AssertionError("cannot read " + file + ":\n" + read.problems().stream()
                        .map(Problem::toString).collect(Collectors.joining("\n")));
            }
            documents.put(file, read.value());
        }
        return new ShippedLibrary(folder, documents);
    }

    Path folder() {
        return folder;
    }

    /** Every policy, by its file, in path order. */
    Map<Path, Policy> policies() {
        return ofType(Policy.class);
    }

    /** The {@code <name>_test.yaml} beside a policy file, if there is one and it is a PolicyTest. */
    Optional<PolicyTest> testBeside(Path policyFile) {
        String name = policyFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Document test = documents.get(policyFile.resolveSibling(name + TEST_SUFFIX));
        return test instanceof PolicyTest policyTest ? Optional.of(policyTest) : Optional.empty();
    }

    /** The example designs under {@code examples/}, by file. */
    Map<Path, WorkloadDesign> examples() {
        Path examples = folder.resolve(EXAMPLES);
        return ofType(WorkloadDesign.class).entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(examples))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * The decision {@code examples_test.yaml} records for each example as written: from the first
     * case that names the file and checks a decision without a patch, meta values or waivers.
     */
    Map<Path, Decision> recordedDecisions() {
        Path examplesTest = folder.resolve(EXAMPLES).resolve(EXAMPLES_TEST);
        if (!(documents.get(examplesTest) instanceof PolicyTest test)) {
            return Map.of();
        }
        Map<Path, Decision> decisions = new LinkedHashMap<>();
        for (TestCase testCase : test.cases()) {
            if (testCase.design() instanceof TestCase.DesignFile design && isUnchanged(testCase)
                    && testCase.decision().isPresent()) {
                Path example = examplesTest.resolveSibling(design.path()).normalize();
                decisions.putIfAbsent(example, testCase.decision().get());
            }
        }
        return decisions;
    }

    private static boolean isUnchanged(TestCase testCase) {
        return testCase.patch().isEmpty() && testCase.meta().isEmpty() && testCase.waivers().isEmpty();
    }

    private <T extends Document> Map<Path, T> ofType(Class<T> type) {
        Map<Path, T> found = new LinkedHashMap<>();
        documents.forEach((file, document) -> {
            if (type.isInstance(document)) {
                found.put(file, type.cast(document));
            }
        });
        return found;
    }

    /** The library's YAML files, skipping build output and sources as the engine skips build output. */
    private static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(file -> isLibraryPath(folder.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isLibraryPath(Path inFolder) {
        for (Path segment : inFolder) {
            String name = segment.toString();
            if (name.startsWith(".") || name.equals("target") || name.equals("src")) {
                return false;
            }
        }
        return true;
    }
}
