package dev.tenet.model.read;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found in one file while binding it. */
final class Problems {

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void error(Position position, String message) {
        found.add(Problem.error(file, position, message));
    }

    void warning(Position position, String message) {
        found.add(Problem.warning(file, position, message));
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
