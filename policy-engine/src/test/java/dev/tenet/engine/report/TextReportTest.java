package dev.tenet.engine.report;

import dev.tenet.engine.GoldenFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tenet check} for people. */
class TextReportTest {

    private final TextReport plain = new TextReport(false);
    private final TextReport colour = new TextReport(true);

    @Test
    void matchesTheGoldenFile() {
        GoldenFiles.in("report").assertMatches("check.golden.txt", plain.render(SampleDesigns.all()));
    }

    @Test
    void matchesTheGoldenFileInColour() {
        GoldenFiles.in("report").assertMatches("check-colour.golden.txt", colour.render(SampleDesigns.all()));
    }

    @Test
    void headsEachDesignWithItsDecisionTierAndShortCommit() {
        assertThat(plain.render(List.of(SampleDesigns.claimsTriage()))).startsWith(
                "claims-triage (policies/examples/claims-triage.yaml)  BLOCKED  tier high  policies @ 3f2a1c9\n");
    }

    @Test
    void listsBlockingFailuresFirstThenWaiverAdviceErrorsAndWaived() {
        String text = plain.render(List.of(SampleDesigns.claimsTriage()));

        assertThat(text).containsSubsequence("blocking:", "at-rest", "needs a waiver:", "retention",
                "human-in-the-loop", "advice:", "sources-cited", "could not evaluate:", "subgroups", "waived",
                "disclosure");
        assertThat(text).doesNotContain("in-transit", "authenticated", "representative-data");
    }

    @Test
    void explainsAFailureWithWhyFixAndWhere() {
        assertThat(plain.render(List.of(SampleDesigns.claimsTriage()))).contains("""
                    FAIL   privacy.encrypt-personal-data/at-rest  high  Personal data is not encrypted at rest.
                           why:  design.data.encryption.atRest is false (line 16)
                           fix:  Encrypt every store that holds personal data.
                           at:   policies/privacy-security/encrypt-personal-data.yaml:22:7
                """);
    }

    @Test
    void showsWhatTheRuleReadWhenTheDetailLeavesItOut() {
        assertThat(plain.render(List.of(SampleDesigns.claimsTriage())))
                .contains("read: design.data.personal is true, design.data.retentionDays is not set");
    }

    @Test
    void showsAWaiversExpiryApproverAndJustification() {
        assertThat(plain.render(List.of(SampleDesigns.claimsTriage())))
                .contains("waived until 2026-03-31 by pat: Pilot with internal users only; disclosure ships in v2.");
    }

    @Test
    void summarisesEachDesignInOneLine() {
        assertThat(plain.render(List.of(SampleDesigns.claimsTriage()))).contains(
                "  3 failed (1 blocking, 2 need a waiver), 1 advisory, 1 error, 2 passed, 1 not applicable, 1 waived\n");
        assertThat(plain.render(List.of(SampleDesigns.batchForecast()))).contains("  0 failed, 1 passed, 1 not applicable\n");
    }

    @Test
    void listsOpenAttestationsByStage() {
        assertThat(plain.render(List.of(SampleDesigns.claimsTriage()))).contains("""
                  open attestations
                    policy: legal-review MISSING - Has legal counsel reviewed this workload?
                    policy: dpia EVIDENCE_MISSING - Is there a data protection impact assessment?
                    board: red-team DECLINED - Has the workload been red-teamed for misuse?
                """).doesNotContain("threat-model");
    }

    @Test
    void wrapsLongTextAtAHundredColumnsUnderItsLabel() {
        String text = plain.render(List.of(SampleDesigns.claimsTriage()));

        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TextReport.WIDTH));
        assertThat(text).contains("""
                           fix:  Route every decision that affects a claimant to an adjuster who confirms or
                                 corrects it before it takes effect, and record who confirmed it and when.
                """);
    }

    @Test
    void plainTextHasNoColourAndNoSymbols() {
        String text = plain.render(SampleDesigns.all());

        assertThat(text).doesNotContain("\u001b", "✗", "✓", "~ ")
                .contains("policy: legal-review MISSING - Has legal counsel");
    }

    @Test
    void colourUsesSymbolsAndAnsiCodes() {
        String text = colour.render(List.of(SampleDesigns.claimsTriage()));

        assertThat(text).contains("\u001b[31m✗\u001b[0m privacy.encrypt-personal-data/at-rest", "\u001b[1m\u001b[31mBLOCKED");
    }

    @Test
    void textFromPoliciesCannotDriveTheTerminal() {
        String text = plain.render(List.of(SampleDesigns.chatAssistant()));

        assertThat(text).doesNotContain("\u0001", "\t").contains("[31mescapes[0m");
        assertThat(Wrapping.clean("a\u202Eb\u0007c\r\nd")).isEqualTo("abc\nd");
    }

    @Test
    void continuesAMultiLineMessageUnderItsFirstLine() {
        assertThat(plain.render(List.of(SampleDesigns.chatAssistant()))).contains("""
                    ADVICE inclusiveness.plain-language/readable  medium  Answers use "jargon" <b>& acronyms</b> —
                           café ☕ 日本語
                           Second line.
                """);
    }

    @Test
    void endsSeveralDesignsWithACountPerDecision() {
        assertThat(plain.render(SampleDesigns.all())).endsWith("\n3 designs: 1 BLOCKED, 1 PASS_WITH_ADVICE, 1 PASS\n");
        assertThat(plain.render(List.of())).isEqualTo("no designs checked\n");
    }
}
