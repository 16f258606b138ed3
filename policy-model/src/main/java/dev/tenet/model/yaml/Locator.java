package dev.tenet.model.yaml;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import org.yaml.snakeyaml.error.Mark;

/**
 * Where SnakeYAML's 0-based marks are in the file as the user named it: the one place they become
 * 1-based positions.
 */
record Locator(String file, SourceText source) {

    Position position(Mark mark) {
        return mark == null ? Position.START : source.position(mark.getIndex());
    }

    Problem error(Mark mark, String message) {
        return Problem.error(file, position(mark), message);
    }

    Problem error(Position position, String message) {
        return Problem.error(file, position, message);
    }
}
