package dev.tenet.engine.report;

import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.evaluation.Finding;
import dev.tenet.model.evaluation.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * How many findings of a design came out which way, worded for the text report's summary line:
 * {@code 3 failed (1 blocking, 2 need a waiver), 1 advisory, 40 passed, 6 not applicable, 1 waived}.
 */
record Summary(int blocking, int needWaiver, int advisory, int errors, int passed, int notApplicable, int waived) {

    static Summary of(Evaluation evaluation) {
        int[] counts = new int[Section.values().length];
        for (Finding finding : evaluation.findings()) {
            Section.of(finding).ifPresent(section -> counts[section.ordinal()]++);
        }
        return new Summary(counts[Section.BLOCKING.ordinal()], counts[Section.NEEDS_WAIVER.ordinal()],
                counts[Section.ADVICE.ordinal()], counts[Section.ERRORS.ordinal()],
                evaluation.findings(Outcome.PASS).size(), evaluation.findings(Outcome.NOT_APPLICABLE).size(),
                counts[Section.WAIVED.ordinal()]);
    }

    /** The summary line; counts of zero are left out, except failed and passed. */
    String line() {
        List<String> parts = new ArrayList<>();
        List<String> why = new ArrayList<>();
        if (blocking > 0) {
            why.add(blocking + " blocking");
        }
        if (needWaiver > 0) {
            why.add(needWaiver + (needWaiver == 1 ? " needs" : " need") + " a waiver");
        }
        int failed = blocking + needWaiver;
        parts.add(failed + " failed" + (why.isEmpty() ? "" : " (" + String.join(", ", why) + ")"));
        if (advisory > 0) {
            parts.add(advisory + " advisory");
        }
        if (errors > 0) {
            parts.add(errors + (errors == 1 ? " error" : " errors"));
        }
        parts.add(passed + " passed");
        if (notApplicable > 0) {
            parts.add(notApplicable + " not applicable");
        }
        if (waived > 0) {
            parts.add(waived + " waived");
        }
        return String.join(", ", parts);
    }
}
