package dev.tenet.web.catalog;

import dev.tenet.engine.library.PolicyLibrary;
import dev.tenet.model.Attestation;
import dev.tenet.model.Expression;
import dev.tenet.model.Lifecycle;
import dev.tenet.model.Policy;
import dev.tenet.model.PolicyTest;
import dev.tenet.model.RiskTier;
import dev.tenet.model.Rule;
import dev.tenet.model.TestCase;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.web.catalog.PolicySummary.Source;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A policy whole, as its page and {@code GET /api/v1/policies/{id}} show it: what it says, the
 * rules and attestations, its sources, and the test cases that pin down its behaviour.
 *
 * @param appliesTo the CEL expression that selects the designs it concerns, or {@code null} for every design
 * @param file      its file from the repository root
 * @param ref       the ref it was read at, as asked
 * @param commit    the commit it was read at
 * @param tests     its own test file's cases, then the library-wide cases that check its rules
 */
@Schema(name = "Policy")
record PolicyDetail(String id, String version, String title, String owner, String principle, String lifecycle,
                    String description, String appliesTo, String enforcement, String severity, String file, String ref,
                    String commit, List<RuleView> rules, List<AttestationView> attestations, List<Source> sources,
                    List<TestView> tests) {

    PolicyDetail {
        rules = List.copyOf(rules);
        attestations = List.copyOf(attestations);
        sources = List.copyOf(sources);
        tests = List.copyOf(tests);
    }

    static PolicyDetail of(Policy policy, PolicyLibrary library, String ref) {
        return new PolicyDetail(policy.id(), policy.metadata().version().toString(), policy.metadata().title(),
                policy.metadata().owner(), policy.metadata().principle().id(),
                policy.metadata().lifecycle().map(Lifecycle::id).orElse(null), policy.metadata().description(),
                expression(policy.appliesTo()), policy.enforcement().id(), policy.severity().id(), policy.source().file(),
                ref, library.commit(), policy.rules().stream().map(rule -> RuleView.of(policy, rule)).toList(),
                policy.attestations().stream().map(AttestationView::of).toList(),
                Source.of(policy.metadata().references()), TestView.of(policy, library));
    }

    /** The test file that is this policy's own, if it has one. */
    Optional<String> testFile() {
        return tests.stream().filter(TestView::own).map(TestView::file).findFirst();
    }

    private static String expression(Expression expression) {
        return expression.isAlwaysTrue() ? null : expression.source().strip();
    }

    /**
     * A rule: what it requires and what a failing design is told.
     *
     * @param appliesTo   when the rule applies within its policy, or {@code null} for always
     * @param enforcement the policy's enforcement, which every rule of it shares
     * @param line        where the rule starts in the file
     */
    @Schema(name = "PolicyRule")
    record RuleView(String id, String description, String appliesTo, String require, String enforcement,
                    String severity, String message, String remediation, int line) {

        static RuleView of(Policy policy, Rule rule) {
            return new RuleView(rule.id(), rule.description(), expression(rule.appliesTo()), rule.require().source().strip(),
                    policy.enforcement().id(), rule.severity().id(), rule.message(), rule.remediation(),
                    rule.position().line());
        }
    }

    /**
     * A checklist question of the policy.
     *
     * @param stage    the review stage that checks the answer
     * @param evidence {@code required}, {@code optional} or {@code none}
     */
    @Schema(name = "PolicyAttestation")
    record AttestationView(String id, String stage, String question, String evidence, int line) {

        static AttestationView of(Attestation attestation) {
            return new AttestationView(attestation.id(), attestation.stage(), attestation.question(),
                    attestation.evidence().id(), attestation.position().line());
        }
    }

    /**
     * A test file's cases that concern the policy.
     *
     * @param own whether it is the policy's own test ({@code spec.policy} names it) rather than a
     *            library-wide test with some expectations on its rules
     */
    @Schema(name = "PolicyTestFile")
    record TestView(String file, String name, String description, boolean own, List<CaseView> cases) {

        TestView {
            cases = List.copyOf(cases);
        }

        static List<TestView> of(Policy policy, PolicyLibrary library) {
            List<TestView> own = new ArrayList<>();
            List<TestView> shared = new ArrayList<>();
            for (PolicyTest test : library.tests()) {
                if (test.policy().filter(policy.id()::equals).isPresent()) {
                    own.add(new TestView(test.source().file(), test.name(), test.description(), true,
                            test.cases().stream().map(c -> CaseView.of(c, "")).toList()));
                } else if (test.policy().isEmpty()) {
                    String prefix = policy.id() + "/";
                    List<CaseView> cases = test.cases().stream()
                            .filter(c -> c.expect().keySet().stream().anyMatch(key -> key.startsWith(prefix)))
                            .map(c -> CaseView.of(c, prefix)).toList();
                    if (!cases.isEmpty()) {
                        shared.add(new TestView(test.source().file(), test.name(), test.description(), false, cases));
                    }
                }
            }
            own.addAll(shared);
            return own;
        }
    }

    /**
     * One test case and what it expects.
     *
     * @param design       the design file it starts from (relative to the test file), or {@code null} for an inline design
     * @param patch        the JSON merge patch applied to the design's spec, in YAML flow style, or {@code null}
     * @param expect       the outcome wanted per rule of this policy
     * @param decision     the decision wanted, or {@code null}
     * @param tier         the risk tier wanted, or {@code null}
     * @param attestations the attestation statuses wanted, by attestation id
     */
    @Schema(name = "PolicyTestCase")
    record CaseView(String name, String design, String patch, List<Expectation> expect, String decision, String tier,
                    Map<String, String> attestations, int line) {

        CaseView {
            expect = List.copyOf(expect);
            attestations = Collections.unmodifiableMap(new LinkedHashMap<>(attestations));
        }

        /** The case, with only the expectations on rules whose key starts with {@code prefix} (all for ""). */
        static CaseView of(TestCase testCase, String prefix) {
            List<Expectation> expect = new ArrayList<>();
            testCase.expect().forEach((key, outcome) -> {
                if (key.startsWith(prefix)) {
                    expect.add(new Expectation(key.substring(prefix.length()), outcome.name()));
                }
            });
            Map<String, String> attestations = new LinkedHashMap<>();
            testCase.attestations().forEach((id, status) -> attestations.put(id, status.name()));
            String design = testCase.design() instanceof TestCase.DesignFile file ? file.path() : null;
            return new CaseView(testCase.name(), design, testCase.patch().isEmpty() ? null : FlowText.of(testCase.patch()),
                    expect, testCase.decision().map(Decision::name).orElse(null),
                    testCase.tier().map(RiskTier::id).orElse(null), attestations, testCase.position().line());
        }
    }

    /** A rule's wanted outcome: {@code PASS}, {@code FAIL} or {@code NOT_APPLICABLE}. */
    @Schema(name = "PolicyTestExpectation")
    record Expectation(String rule, String outcome) {
    }
}
