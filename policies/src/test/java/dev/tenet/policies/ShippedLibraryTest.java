package dev.tenet.policies;

import dev.tenet.model.Lifecycle;
import dev.tenet.model.Policy;
import dev.tenet.model.PolicyTest;
import dev.tenet.model.Principle;
import dev.tenet.model.Reference;
import dev.tenet.model.TestCase;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.evaluation.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's continuous integration: what issue 4 promises about the shipped policies, checked
 * through the same {@code tenet} commands a policy author runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShippedLibraryTest {

    /** The five guidance documents in {@code shared/seeds/}, by the exact titles policies cite. */
    static final List<String> SEED_TITLES = List.of(
            "Guidance for integration and responsible use with custom text classification",
            "Guidance for integration and responsible use with custom NER",
            "Guidance for integration and responsible use of Personalizer",
            "Responsible generative AI (four stages) and the six principles",
            "Responsible AI in Azure workloads");

    static final int MINIMUM_TEST_CASES = 150;
    static final int MINIMUM_POLICIES = 25;
    static final int MINIMUM_EXAMPLES = 6;
    static final String REGENERATE = "./tenet docs policies > policies/REFERENCE.md";
    /** A fixed day, so that the examples' decisions do not depend on when the build runs. */
    static final String CHECK_DATE = "2026-11-22";

    private static final Pattern TEST_SUMMARY = Pattern.compile("(\\d+) passed, (\\d+) failed");
    // One design per check, so its JSON holds one "decision" key; findings carry none.
    private static final Pattern JSON_DECISION = Pattern.compile("\"decision\"\\s*:\\s*\"([A-Z_]+)\"");

    private final ShippedLibrary library = ShippedLibrary.read();
    private final String folder = library.folder().toString();

    @Test
    void everyPolicyTestCasePasses() {
        Tenet.Run test = Tenet.run("test", folder);

        assertThat(test.exitCode()).withFailMessage(() -> "tenet test reports failing cases:\n" + test.transcript())
                .isZero();
        assertThat(test.lastLine()).withFailMessage(() -> "tenet test did not end with 'N passed, 0 failed':\n"
                + test.transcript()).matches("\\d+ passed, 0 failed");
    }

    @Test
    void theLibraryHasAtLeast150TestCases() {
        Tenet.Run test = Tenet.run("test", folder);

        Matcher summary = TEST_SUMMARY.matcher(test.lastLine());
        assertThat(summary.matches()).withFailMessage(() -> "no test summary:\n" + test.transcript()).isTrue();
        assertThat(Integer.parseInt(summary.group(1)) + Integer.parseInt(summary.group(2)))
                .as("test cases run by tenet test").isGreaterThanOrEqualTo(MINIMUM_TEST_CASES);
    }

    @Test
    void strictLintFindsNoErrorsAndNoWarnings() {
        Tenet.Run lint = Tenet.run("lint", "--strict", folder);

        assertThat(lint.exitCode()).withFailMessage(() -> "tenet lint --strict found problems to fix:\n"
                + lint.transcript()).isZero();
        assertThat(lint.lastLine()).withFailMessage(lint::transcript).isEqualTo("0 errors, 0 warnings");
    }

    @Test
    void committedReferenceIsTheOutputOfTenetDocs() throws IOException {
        Tenet.Run docs = Tenet.run("docs", folder);
        assertThat(docs.exitCode()).withFailMessage(docs::transcript).isZero();
        byte[] generated = docs.out().getBytes(StandardCharsets.UTF_8);
        Path reference = library.folder().resolve("REFERENCE.md");

        if (Boolean.getBoolean("reference.update")) {
            Files.write(reference, generated);
            return;
        }
        byte[] committed = Files.exists(reference) ? Files.readAllBytes(reference) : new byte[0];
        assertThat(committed).withFailMessage(() -> reference + " is not the current output of tenet docs: "
                + ReferenceDifference.describe(new String(committed, StandardCharsets.UTF_8), docs.out())
                + "\nRegenerate it from the repository root with\n    " + REGENERATE
                + "\nor run the module build with -Dreference.update=true, then commit it.")
                .isEqualTo(generated);
    }

    @Test
    void everyPolicyHasATestFileBesideItForItsId() {
        List<String> untested = library.policies().entrySet().stream()
                .filter(entry -> library.testBeside(entry.getKey())
                        .flatMap(PolicyTest::policy).filter(entry.getValue().id()::equals).isEmpty())
                .map(entry -> entry.getKey() + " (" + entry.getValue().id() + ")")
                .toList();

        assertThat(untested).as("policies without a <name>_test.yaml beside them whose spec.policy is their id")
                .isEmpty();
    }

    @Test
    void everyPolicyTestHasAPassingAndAFailingCase() {
        List<String> oneSided = new ArrayList<>();
        library.policies().forEach((file, policy) -> library.testBeside(file).ifPresent(test -> {
            boolean passing = test.cases().stream().anyMatch(ShippedLibraryTest::isPassingCase);
            boolean failing = test.cases().stream().anyMatch(c -> c.expect().containsValue(Outcome.FAIL));
            if (!passing || !failing) {
                oneSided.add(policy.id() + (passing ? "" : " has no passing case") + (failing ? "" : " has no failing case"));
            }
        }));

        assertThat(oneSided).as("policy tests need a case expecting PASS (and no FAIL) and a case expecting FAIL")
                .isEmpty();
    }

    @Test
    void theLibraryHasAtLeast25Policies() {
        assertThat(library.policies()).hasSizeGreaterThanOrEqualTo(MINIMUM_POLICIES);
    }

    @Test
    void everyPrincipleHasAPolicy() {
        assertThat(library.policies().values().stream().map(p -> p.metadata().principle()).collect(Collectors.toSet()))
                .as("principles served").containsAll(List.of(Principle.values()));
    }

    @Test
    void everyGenerativeLifecycleStageHasAPolicy() {
        assertThat(library.policies().values().stream().map(p -> p.metadata().lifecycle()).flatMap(Optional::stream)
                .collect(Collectors.toSet())).as("metadata.lifecycle values").containsAll(List.of(Lifecycle.values()));
    }

    @Test
    void everyReferenceCitesASeedDocumentByItsExactTitle() {
        List<String> unknown = library.policies().values().stream()
                .flatMap(policy -> policy.metadata().references().stream()
                        .map(Reference::source).filter(source -> !SEED_TITLES.contains(source))
                        .map(source -> policy.id() + ": '" + source + "'"))
                .toList();

        assertThat(unknown).as("references whose source is not one of " + SEED_TITLES).isEmpty();
    }

    @Test
    void everyPolicyCitesAtLeastOneSource() {
        assertThat(library.policies().values()).filteredOn(policy -> policy.metadata().references().isEmpty())
                .extracting(Policy::id).as("policies without references").isEmpty();
    }

    @Test
    void theLibraryHasAtLeastSixExampleDesigns() {
        assertThat(library.examples()).hasSizeGreaterThanOrEqualTo(MINIMUM_EXAMPLES);
    }

    @Test
    void everyExampleHasItsDecisionRecordedInTheExamplesTest() {
        assertThat(library.examples().keySet())
                .as("examples without an unpatched case with decision: in examples/" + ShippedLibrary.EXAMPLES_TEST)
                .isSubsetOf(library.recordedDecisions().keySet());
    }

    @Test
    void theRecordedDecisionsIncludeBlockedNeedsWaiverAndAPassingOne() {
        Set<Decision> decisions = Set.copyOf(library.recordedDecisions().values());

        assertThat(decisions).contains(Decision.BLOCKED, Decision.NEEDS_WAIVER)
                .anyMatch(Decision::permitsApproval);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examplesWithDecisions")
    void tenetCheckGivesAnExampleTheDecisionRecordedForIt(String example, Decision recorded) {
        Tenet.Run check = Tenet.run("check", library.folder().resolve(example).toString(),
                "--policies", folder, "--format", "json", "--date", CHECK_DATE);

        List<String> decisions = JSON_DECISION.matcher(check.out()).results().map(m -> m.group(1)).toList();
        assertThat(decisions).withFailMessage(() -> decisions.isEmpty()
                ? "tenet check gave no decision for " + example + ":\n" + check.transcript()
                : example + ": tenet check decides " + String.join(", ", decisions) + ", examples_test.yaml records "
                        + recorded + "; see the findings with ./tenet check policies/" + example)
                .containsExactly(recorded.name());
    }

    Stream<Arguments> examplesWithDecisions() {
        return library.recordedDecisions().entrySet().stream()
                .map(entry -> Arguments.of(library.folder().relativize(entry.getKey()).toString(), entry.getValue()));
    }

    private static boolean isPassingCase(TestCase testCase) {
        return testCase.expect().containsValue(Outcome.PASS) && !testCase.expect().containsValue(Outcome.FAIL);
    }
}
