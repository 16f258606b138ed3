package dev.tenet.engine.library;

import dev.tenet.model.Document;
import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.read.DocumentReader;
import dev.tenet.model.yaml.YamlReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Loads a policy library from a {@link LibrarySource}: reads every YAML file under the folder (in
 * parallel when there are many), keeps Policies, the Governance document, PolicyTests and designs
 * (Waivers files are not part of a library), then checks across files. Every problem of every file
 * comes back together, sorted; a library with any error does not load.
 *
 * <p>Thread-safe: a loader holds only its immutable document reader.
 */
public final class LibraryLoader {

    /** Below this many files, parsing on one thread is faster than handing work out. */
    private static final int PARALLEL_FROM = 32;

    private final DocumentReader reader;

    /** A loader with the default document reader. */
    public LibraryLoader() {
        this(new DocumentReader());
    }

    /** A loader that reads each file with {@code reader}. */
    public LibraryLoader(DocumentReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The library under the source's folder, or every problem that keeps it from loading. */
    public ReadResult<PolicyLibrary> load(LibrarySource source) {
        SourceFiles listing = source.files();
        List<Problem> problems = new ArrayList<>(listing.problems());
        if (listing.files().isEmpty() && problems.isEmpty()) {
            problems.add(Problem.error(source.folder(), Position.START, "no YAML files under "
                    + source.folder() + ": a policy library is a folder of Policy files with one Governance document"));
        }
        if (listing.files().isEmpty()) {
            return ReadResult.failure(problems);
        }
        LibraryDocuments documents = read(source.folder(), listing.files(), problems);
        problems.addAll(PolicyChecks.check(documents));
        problems.addAll(TestChecks.check(documents));
        if (problems.stream().anyMatch(Problem::isError)) {
            return ReadResult.failure(problems);
        }
        PolicyLibrary library = PolicyLibrary.of(source.commit(), source.folder(), documents.policies(),
                documents.governances().get(0), documents.tests(), documents.designs().values());
        return ReadResult.success(library, problems);
    }

    private LibraryDocuments read(String folder, List<SourceFile> files, List<Problem> problems) {
        IntStream indices = IntStream.range(0, files.size());
        if (files.size() >= PARALLEL_FROM) {
            indices = indices.parallel();
        }
        List<ReadResult<Document>> results = indices.mapToObj(i -> read(files.get(i))).toList();
        Map<String, Document> byPath = new HashMap<>();
        Set<String> unreadable = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            ReadResult<Document> result = results.get(i);
            problems.addAll(result.problems());
            if (result.isSuccess()) {
                byPath.put(files.get(i).path(), result.value());
            } else {
                unreadable.add(files.get(i).path());
            }
        }
        return new LibraryDocuments(folder, byPath, unreadable);
    }

    private ReadResult<Document> read(SourceFile file) {
        if (file.isOversized()) {
            return ReadResult.failure(List.of(Problem.error(file.path(), Position.START, String.format(Locale.ROOT,
                    "file is %.1f MB; the limit is %s: split it or remove what Tenet does not need",
                    file.size() / 1_000_000.0, YamlReader.describeBytes(YamlReader.DEFAULT_MAX_BYTES)))));
        }
        return reader.read(file.path(), file.content());
    }
}
