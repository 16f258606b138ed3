package dev.tenet.engine.testing;

import dev.tenet.model.PolicyTest;
import dev.tenet.model.Suggestions;
import dev.tenet.model.TestCase;
import dev.tenet.model.evaluation.AttestationCheck;
import dev.tenet.model.evaluation.AttestationStatus;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.evaluation.Finding;
import dev.tenet.model.evaluation.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Compares an evaluation with what a test case expects, one sentence per mismatch. */
final class Expectations {

    private Expectations() {
    }

    static List<String> check(PolicyTest test, TestCase testCase, Evaluation evaluation) {
        List<String> failures = new ArrayList<>();
        testCase.expect().forEach((key, expected) -> outcome(test, key, expected, evaluation).ifPresent(failures::add));
        testCase.decision().ifPresent(expected -> decision(expected, evaluation).ifPresent(failures::add));
        testCase.tier().filter(expected -> expected != evaluation.tier()).ifPresent(expected -> failures.add(
                "tier: expected " + expected.id() + ", got " + evaluation.tier().id()));
        testCase.attestations().forEach((id, expected) -> attestation(id, expected, evaluation).ifPresent(failures::add));
        return failures;
    }

    private static Optional<String> outcome(PolicyTest test, String key, Outcome expected, Evaluation evaluation) {
        String qualified = key.contains("/") ? key : test.policy().orElse("") + "/" + key;
        Optional<Finding> finding = evaluation.findings().stream().filter(f -> f.key().equals(qualified)).findFirst();
        if (finding.isEmpty()) {
            List<String> known = evaluation.findings().stream()
                    .map(f -> key.contains("/") ? f.key() : f.rule()).toList();
            return Optional.of(key + ": no such rule" + Suggestions.hint(key, known));
        }
        Finding found = finding.get();
        if (found.outcome() == expected) {
            return Optional.empty();
        }
        return Optional.of(key + ": expected " + expected + ", got " + found.outcome()
                + (found.detail().isEmpty() ? "" : " (" + found.detail() + ")"));
    }

    private static Optional<String> decision(Decision expected, Evaluation evaluation) {
        Decision actual = evaluation.decision();
        if (actual == expected) {
            return Optional.empty();
        }
        List<String> failing = evaluation.findings().stream().filter(f -> f.outcome().isFailure())
                .map(f -> f.key() + " (" + f.enforcement().id() + ")").toList();
        return Optional.of("decision: expected " + expected + ", got " + actual
                + (failing.isEmpty() ? "" : "; failing: " + String.join(", ", failing)));
    }

    private static Optional<String> attestation(String id, AttestationStatus expected, Evaluation evaluation) {
        Optional<AttestationCheck> check = evaluation.attestations().stream().filter(a -> a.id().equals(id)).findFirst();
        if (check.isEmpty()) {
            return Optional.of("attestation " + id + ": expected " + expected + ", but it does not apply to this design");
        }
        AttestationStatus actual = check.get().status();
        return actual == expected ? Optional.empty()
                : Optional.of("attestation " + id + ": expected " + expected + ", got " + actual);
    }
}
