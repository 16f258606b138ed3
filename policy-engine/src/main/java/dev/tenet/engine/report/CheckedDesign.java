package dev.tenet.engine.report;

import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.evaluation.Evaluation;

import java.util.Objects;

/**
 * A design as {@code tenet check} read and evaluated it: what every report prints.
 *
 * @param file       the design's path as the user typed it
 * @param design     the design, whose source map places findings on its lines
 * @param evaluation what the policies found
 */
public record CheckedDesign(String file, WorkloadDesign design, Evaluation evaluation) {

    public CheckedDesign {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
