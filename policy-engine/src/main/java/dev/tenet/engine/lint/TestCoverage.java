package dev.tenet.engine.lint;

import dev.tenet.engine.library.PolicyLibrary;
import dev.tenet.model.Policy;
import dev.tenet.model.PolicyTest;
import dev.tenet.model.Problem;
import dev.tenet.model.Rule;
import dev.tenet.model.TestCase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Warnings for what no test checks: a policy no PolicyTest names in {@code spec.policy}, and a rule
 * of a tested policy that no case's {@code expect} names (by its id in the policy's own test, or as
 * {@code policy/rule} in any test). An untested rule can break silently.
 */
final class TestCoverage {

    private TestCoverage() {
    }

    static List<Problem> check(PolicyLibrary library) {
        Set<String> tested = new HashSet<>();
        Set<String> expected = new HashSet<>();
        for (PolicyTest test : library.tests()) {
            test.policy().ifPresent(tested::add);
            for (TestCase testCase : test.cases()) {
                testCase.expect().keySet().forEach(key -> expected.add(qualified(test, key)));
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Policy policy : library.policies()) {
            if (!tested.contains(policy.id())) {
                problems.add(warning(policy, "metadata.id", "policy '" + policy.id() + "' has no test: add "
                        + baseName(policy) + "_test.yaml beside it with a passing and a failing case"));
                continue;
            }
            for (int i = 0; i < policy.rules().size(); i++) {
                Rule rule = policy.rules().get(i);
                if (!expected.contains(policy.id() + "/" + rule.id())) {
                    problems.add(warning(policy, "spec.rules[" + i + "].id", "rule '" + rule.id() + "' of policy '"
                            + policy.id() + "' is not checked by any test case: add a case whose expect says "
                            + rule.id() + ": PASS or " + rule.id() + ": FAIL"));
                }
            }
        }
        return problems;
    }

    private static String qualified(PolicyTest test, String key) {
        return key.contains("/") ? key : test.policy().map(policy -> policy + "/" + key).orElse(key);
    }

    private static String baseName(Policy policy) {
        String file = policy.source().file();
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static Problem warning(Policy policy, String path, String message) {
        return Problem.warning(policy.source().file(), policy.source().nearest(path), message);
    }
}
