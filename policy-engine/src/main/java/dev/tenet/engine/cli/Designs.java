package dev.tenet.engine.cli;

import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.Waiver;
import dev.tenet.model.WaiverSet;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.read.DocumentReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the design and waiver files named on the command line, every problem of every file together. */
final class Designs {

    private final DocumentReader reader = new DocumentReader();

    List<WorkloadDesign> read(List<Path> files) {
        List<Problem> problems = new ArrayList<>();
        List<WorkloadDesign> designs = new ArrayList<>();
        for (Path file : files) {
            ReadResult<WorkloadDesign> result = reader.read(file, WorkloadDesign.class);
            problems.addAll(result.problems());
            if (result.isSuccess()) {
                designs.add(result.value());
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new UserError(problems.stream().sorted().toList());
        }
        return designs;
    }

    List<Waiver> waivers(List<Path> files) {
        List<Problem> problems = new ArrayList<>();
        List<Waiver> waivers = new ArrayList<>();
        for (Path file : files) {
            ReadResult<WaiverSet> result = reader.read(file, WaiverSet.class);
            problems.addAll(result.problems());
            if (result.isSuccess()) {
                waivers.addAll(result.value().waivers());
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new UserError(problems.stream().sorted().toList());
        }
        return waivers;
    }
}
