package dev.tenet.benchmarks;

import dev.tenet.engine.evaluation.BundleLoader;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.read.DocumentReader;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads what the benchmarks evaluate, failing loudly: a benchmark of a failed load measures nothing. */
final class BenchmarkInputs {

    private BenchmarkInputs() {
    }

    static PolicyBundle bundle(LibrarySource source) {
        return valueOf(new BundleLoader().load(source), source.folder());
    }

    static WorkloadDesign design(Path file) {
        return valueOf(new DocumentReader().read(file, WorkloadDesign.class), file.toString());
    }

    /** The design's metadata as rules read it ({@code meta}), built as the engine builds it. */
    static Map<String, Object> meta(WorkloadDesign design) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", design.metadata().name());
        meta.put("team", design.metadata().team());
        design.metadata().owner().ifPresent(owner -> meta.put("owner", owner));
        return meta;
    }

    static <T> T valueOf(ReadResult<T> result, String what) {
        if (!result.isSuccess()) {
            throw new IllegalStateException("cannot read " + what + ":\n" + result.problems().stream()
                    .map(Problem::toString).collect(Collectors.joining("\n")));
        }
        return result.value();
    }
}
