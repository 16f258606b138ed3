package dev.tenet.web.dashboard;

import java.util.List;

/**
 * The dashboard's numbers: served as JSON to the charts and shown as tables beside them, so the
 * charts and their text alternative never disagree.
 *
 * @param perState            designs counted by state
 * @param perStage            designs under review counted by stage
 * @param failuresByPrinciple failed findings across the designs' pinned evaluations, by principle
 * @param daysInStage         the average days designs under review have spent in their stage
 * @param designs             how many designs there are
 */
record Figures(List<Count> perState, List<Count> perStage, List<Count> failuresByPrinciple, List<Average> daysInStage,
               long designs) {

    Figures {
        perState = List.copyOf(perState);
        perStage = List.copyOf(perStage);
        failuresByPrinciple = List.copyOf(failuresByPrinciple);
        daysInStage = List.copyOf(daysInStage);
    }

    /** A number with what it counts: a key, its label in the reader's language, the count. */
    record Count(String key, String label, long count) {
    }

    /** The mean days in a stage over the designs there now. */
    record Average(String key, String label, double days, long designs) {
    }
}
