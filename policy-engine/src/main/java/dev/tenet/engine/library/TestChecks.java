package dev.tenet.engine.library;

import dev.tenet.model.Attestation;
import dev.tenet.model.Document;
import dev.tenet.model.Policy;
import dev.tenet.model.PolicyTest;
import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.model.Rule;
import dev.tenet.model.Suggestions;
import dev.tenet.model.TestCase;
import dev.tenet.model.TestCase.DesignFile;
import dev.tenet.model.WorkloadDesign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks that what a policy test names exists in the same library: the policy under test, the
 * rules and attestations its cases expect, and the design files they read.
 */
final class TestChecks {

    private final LibraryDocuments documents;
    private final Map<String, Policy> policies;
    private final List<String> attestationIds;
    private final List<Problem> problems = new ArrayList<>();

    private TestChecks(LibraryDocuments documents) {
        this.documents = documents;
        this.policies = documents.policies().stream()
                .collect(Collectors.toMap(Policy::id, Function.identity(), (first, second) -> first));
        this.attestationIds = documents.policies().stream().flatMap(p -> p.attestations().stream())
                .map(Attestation::id).distinct().toList();
    }

    static List<Problem> check(LibraryDocuments documents) {
        TestChecks checks = new TestChecks(documents);
        documents.tests().forEach(checks::check);
        return checks.problems;
    }

    private void check(PolicyTest test) {
        test.policy().filter(id -> !policies.containsKey(id) && !documents.brokenFileMayDefine(id))
                .ifPresent(id -> error(test, "spec.policy", "unknown policy '" + id + "'" + Suggestions.hint(id,
                        policies.keySet()) + ": spec.policy names the policy under test by its metadata.id"));
        for (int i = 0; i < test.cases().size(); i++) {
            TestCase testCase = test.cases().get(i);
            String at = "spec.cases[" + i + "]";
            if (testCase.design() instanceof DesignFile file) {
                design(test, at + ".design", file.path());
            }
            testCase.expect().keySet().forEach(key -> expected(test, at + ".expect." + key, key));
            testCase.attestations().keySet().stream().filter(id -> !attestationIds.contains(id))
                    .forEach(id -> error(test, at + ".attestations." + id, "no attestation '" + id + "' in the library"
                            + Suggestions.hint(id, attestationIds) + ": name an attestation id of a policy"));
        }
    }

    private void expected(PolicyTest test, String at, String key) {
        int slash = key.indexOf('/');
        if (slash < 0 && test.policy().isEmpty()) {
            return; // the reader already asks for policy/rule here
        }
        String policyId = slash < 0 ? test.policy().get() : key.substring(0, slash);
        String ruleId = key.substring(slash + 1);
        Policy policy = policies.get(policyId);
        if (policy == null) {
            if (slash >= 0 && !documents.brokenFileMayDefine(policyId)) {
                error(test, at, "unknown policy '" + policyId + "' in '" + key + "'"
                        + Suggestions.hint(policyId, policies.keySet()) + ": write policy-id/rule-id");
            }
            return;
        }
        if (policy.rule(ruleId).isEmpty()) {
            List<String> rules = policy.rules().stream().map(Rule::id).toList();
            error(test, at, "policy " + policyId + " has no rule '" + ruleId + "'" + Suggestions.hint(ruleId, rules)
                    + ": its rules are " + (rules.isEmpty() ? "none" : String.join(", ", rules)));
        }
    }

    private void design(PolicyTest test, String at, String written) {
        String testFile = test.source().file();
        String resolved = LibraryPaths.resolveSibling(testFile, written);
        if (!LibraryPaths.isInside(resolved, documents.folder())) {
            error(test, at, "design file '" + written + "' is outside " + documents.folderWithSlash()
                    + ": a test reads designs from its own library, so that every revision's tests read that"
                    + " revision's designs");
            return;
        }
        Optional<Document> found = Optional.ofNullable(documents.byPath().get(resolved));
        if (found.isPresent()) {
            if (!(found.get() instanceof WorkloadDesign)) {
                error(test, at, "design file '" + written + "' is a " + found.get().kind().kindName()
                        + " document, not a WorkloadDesign");
            }
        } else if (!documents.unreadable().contains(resolved)) {
            String folder = LibraryPaths.parent(testFile);
            List<String> candidates = documents.designs().keySet().stream()
                    .map(path -> LibraryPaths.relativize(folder, path)).toList();
            error(test, at, "design file '" + written + "' does not exist: no " + resolved + " in the library"
                    + Suggestions.hint(written, candidates));
        }
    }

    private void error(PolicyTest test, String path, String message) {
        Position position = test.source().nearest(path);
        problems.add(Problem.error(test.source().file(), position, message));
    }
}
