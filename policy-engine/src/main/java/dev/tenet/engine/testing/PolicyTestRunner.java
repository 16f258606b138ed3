package dev.tenet.engine.testing;

import dev.tenet.engine.evaluation.CompiledPolicy;
import dev.tenet.engine.evaluation.EvaluationInput;
import dev.tenet.engine.evaluation.Evaluator;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.model.PolicyTest;
import dev.tenet.model.TestCase;
import dev.tenet.model.TestCase.InlineDesign;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.evaluation.Evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs every PolicyTest of a bundle. A policy's own test ({@code spec.policy} set) evaluates that
 * policy, plus any other policy its expectations name as {@code policy/rule}; a library-wide test
 * evaluates every policy. Each case's design is its file (read at the bundle's own commit) or its
 * inline spec, with the case's merge patch applied over the spec and its {@code meta} over the
 * metadata.
 */
public final class PolicyTestRunner {

    private final Evaluator evaluator = new Evaluator();

    /** Runs every test of the bundle, on {@code today} (which decides whether waivers have expired). */
    public TestResults run(PolicyBundle bundle, LocalDate today) {
        return run(bundle, today, Pattern.compile(""));
    }

    /**
     * Runs the cases whose test file, policy id, test name or case name contains a match of
     * {@code only} (as {@code opa test --run} does), on {@code today}.
     */
    public TestResults run(PolicyBundle bundle, LocalDate today, Pattern only) {
        List<CaseResult> results = new ArrayList<>();
        for (PolicyTest test : bundle.library().tests()) {
            List<CompiledPolicy> policies = policiesUnderTest(bundle, test);
            boolean wholeTest = matches(only, test.source().file(), test.policy().orElse(""), test.name());
            for (TestCase testCase : test.cases()) {
                if (!wholeTest && !matches(only, testCase.name())) {
                    continue;
                }
                results.add(run(bundle, test, policies, testCase, today));
            }
        }
        return new TestResults(bundle.commit(), results);
    }

    private CaseResult run(PolicyBundle bundle, PolicyTest test, List<CompiledPolicy> policies, TestCase testCase,
                           LocalDate today) {
        String file = test.source().file();
        Optional<EvaluationInput> input = input(bundle, test, testCase, today);
        if (input.isEmpty()) {
            return new CaseResult(file, test.name(), testCase.name(), testCase.position(),
                    List.of("the design file " + ((TestCase.DesignFile) testCase.design()).path() + " is not in the library"));
        }
        Evaluation evaluation = evaluator.evaluate(bundle, policies, input.get().withWaivers(testCase.waivers()));
        List<String> failures = Expectations.check(test, testCase, evaluation);
        return new CaseResult(file, test.name(), testCase.name(), testCase.position(), failures);
    }

    private static Optional<EvaluationInput> input(PolicyBundle bundle, PolicyTest test, TestCase testCase, LocalDate today) {
        Map<String, Object> spec;
        Map<String, Object> meta = new LinkedHashMap<>();
        if (testCase.design() instanceof InlineDesign inline) {
            spec = inline.spec();
            meta.put("name", "inline");
            meta.put("team", "test");
        } else {
            Optional<WorkloadDesign> design = bundle.library().designFor(test, testCase);
            if (design.isEmpty()) {
                return Optional.empty();
            }
            spec = design.get().tree();
            meta.put("name", design.get().name());
            meta.put("team", design.get().team());
            design.get().metadata().owner().ifPresent(owner -> meta.put("owner", owner));
        }
        meta.putAll(testCase.meta());
        return Optional.of(EvaluationInput.of(MergePatch.apply(spec, testCase.patch()), meta, today));
    }

    private static boolean matches(Pattern only, String... names) {
        for (String name : names) {
            if (only.matcher(name).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<CompiledPolicy> policiesUnderTest(PolicyBundle bundle, PolicyTest test) {
        if (test.policy().isEmpty()) {
            return bundle.policies();
        }
        Set<String> ids = new LinkedHashSet<>();
        ids.add(test.policy().get());
        for (TestCase testCase : test.cases()) {
            testCase.expect().keySet().stream().filter(key -> key.contains("/"))
                    .forEach(key -> ids.add(key.substring(0, key.indexOf('/'))));
        }
        return bundle.policies().stream().filter(policy -> ids.contains(policy.id())).toList();
    }
}
