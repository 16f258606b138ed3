package dev.tenet.engine.testing;

import java.util.List;

/**
 * The results of a policy-test run, in file order then case order.
 *
 * @param commit the bundle's commit
 * @param cases  one result per case
 */
public record TestResults(String commit, List<CaseResult> cases) {

    public TestResults {
        cases = List.copyOf(cases);
    }

    /** How many cases passed. */
    public long passed() {
        return cases.stream().filter(CaseResult::passed).count();
    }

    /** How many cases failed. */
    public long failed() {
        return cases.size() - passed();
    }

    /** The cases that failed. */
    public List<CaseResult> failures() {
        return cases.stream().filter(result -> !result.passed()).toList();
    }

    /** {@code N passed, N failed}: the last line of {@code tenet test}. */
    public String summary() {
        return passed() + " passed, " + failed() + " failed";
    }
}
