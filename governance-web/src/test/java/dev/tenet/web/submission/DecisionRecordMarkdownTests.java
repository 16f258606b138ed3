package dev.tenet.web.submission;

import dev.tenet.web.submission.DecisionRecord.SignOffEntry;
import dev.tenet.web.submission.DesignView.SignOffView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionRecordMarkdownTests {

    private final String markdown = DecisionRecordMarkdown.render(DecisionRecordFixtures.approved());

    @Test
    void theHeaderNamesTheRevisionItsDigestAndThePolicyCommit() {
        assertThat(markdown).startsWith("""
                # Decision record: claims/claims-triage

                - Design: claims-triage (id 7)
                - Team: claims
                - Owner: erin
                - Revision: 2 (YAML SHA-256 `ab12`)
                - Policy commit: `c0ffee`
                - Risk tier: high
                - Decision: **PASS**
                - Approved at: 2030-03-02T10:00:00Z
                """);
    }

    @Test
    void findingsAreGroupedByOutcomeWithTheirExplanations() {
        assertThat(markdown).contains("""
                ### Failed (advisory) (1)

                - **transparency.cite-sources/sources-cited** 1.0.0 (transparency, advisory, low): Cite the sources
                  - Why: design.transparency.sourcesCited is false
                  - Remediation: Show the documents an answer came from
                """);
        assertThat(markdown).contains("### Could not be evaluated (0)");
        assertThat(markdown).contains("  - Waiver: archived claims are legally required (until 2030-12-31, approved by pat)");
        assertThat(markdown.indexOf("### Waived")).isLessThan(markdown.indexOf("### Passed"));
    }

    @Test
    void attestationsWaiversHarmsAndSignOffsEachHaveASection() {
        assertThat(markdown).contains("- **legal-review** (policy stage, ANSWERED): Has legal reviewed it?\n"
                + "  - Answer: yes\n  - Evidence: https://wiki.example/legal\\_review\n");
        assertThat(markdown).contains("## Waivers\n\n- **privacy.limit-retention/retention-limit**, until 2030-12-31,"
                + " approved by pat at 2030-03-02T10:00:00Z: archived claims are legally required\n");
        assertThat(markdown).contains("## Risk register");
        assertThat(markdown).contains("## Sign-off timeline\n\n- 2030-03-02T10:00:00Z: research stage, riley APPROVE:");
        assertThat(markdown).endsWith("- Latest audit event: #12, hash `9f86d081` (check the chain with"
                + " `GET /api/v1/audit/verify`)\n");
    }

    @Test
    void whatPeopleTypedCannotInjectHtmlOrBreakTheStructure() {
        assertThat(markdown).doesNotContain("<script>");
        assertThat(markdown).contains("&lt;script&gt;alert('harm')&lt;/script&gt;");
        assertThat(markdown).contains("  - Mitigation: subgroup \\*evaluation\\* every release\n");
        assertThat(markdown).contains("riley APPROVE: looks \\| fine \\# ok\n");
    }

    @Test
    void aReReviewedDesignsSignOffsNameTheirRounds() {
        DecisionRecord record = DecisionRecordFixtures.approved();
        Instant at = Instant.parse("2030-04-01T08:00:00Z");
        List<SignOffEntry> rounds = SignOffEntry.of(List.of(view(record.signOffs().get(0)),
                view(record.signOffs().get(1)), new SignOffView("policy", "pat", Verdict.APPROVE, "waiver granted", at, 2)));
        DecisionRecord reReviewed = new DecisionRecord(record.id(), record.team(), record.name(), record.owner(),
                record.revision(), record.yamlDigest(), record.policyCommit(), record.tier(), record.decision(),
                record.approvedAt(), record.findings(), record.attestations(), record.waivers(), record.harms(), rounds,
                record.audit());

        String text = DecisionRecordMarkdown.render(reReviewed);

        assertThat(text).contains("- 2030-03-02T10:00:00Z: research stage (round 1, counts), riley APPROVE:",
                "- 2030-03-02T10:00:00Z: policy stage (round 1, does not count), pat APPROVE\n",
                "- 2030-04-01T08:00:00Z: policy stage (round 2, counts), pat APPROVE: waiver granted\n");
        assertThat(markdown).doesNotContain("(round ").doesNotContain("count");
    }

    @Test
    void aSignOffCountsWhenItIsOfTheLastRoundOrOfAStageBeforeWhereTheLastRoundStarted() {
        Instant at = Instant.parse("2030-04-01T08:00:00Z");
        // round 1 (high): research, policy, engineering, board; round 2 restarted at research (a
        // material re-evaluation, low tier); round 3 and 4: re-reviews after drift at the policy stage
        List<SignOffView> signOffs = List.of(
                signOff("research", "riley", 1, at), signOff("policy", "pat", 1, at),
                signOff("engineering", "eli", 1, at), signOff("board", "bo", 1, at),
                signOff("research", "rosa", 2, at), signOff("policy", "pat", 2, at),
                signOff("engineering", "eli", 2, at),
                signOff("policy", "pat", 3, at), signOff("engineering", "eli", 3, at),
                signOff("policy", "pat", 4, at), signOff("engineering", "eli", 4, at));

        assertThat(SignOffEntry.of(signOffs)).extracting(e -> e.stage() + "/" + e.round() + "=" + e.counts())
                .containsExactly("research/1=false", "policy/1=false", "engineering/1=false", "board/1=false",
                        "research/2=true", "policy/2=false", "engineering/2=false",
                        "policy/3=false", "engineering/3=false",
                        "policy/4=true", "engineering/4=true");
    }

    @Test
    void aReReviewThatRestartedAtTheFirstStageLeavesNoEarlierSignOffCounting() {
        Instant at = Instant.parse("2030-04-01T08:00:00Z");
        List<SignOffView> signOffs = List.of(signOff("research", "riley", 1, at), signOff("policy", "pat", 1, at),
                signOff("engineering", "eli", 1, at), signOff("research", "riley", 2, at),
                signOff("research", "rosa", 2, at), signOff("policy", "pat", 2, at), signOff("engineering", "eli", 2, at),
                signOff("board", "bo", 2, at));

        assertThat(SignOffEntry.of(signOffs)).extracting(SignOffEntry::counts)
                .containsExactly(false, false, false, true, true, true, true, true);
    }

    private static SignOffView signOff(String stage, String reviewer, int round, Instant at) {
        return new SignOffView(stage, reviewer, Verdict.APPROVE, "", at, round);
    }

    private static SignOffView view(SignOffEntry entry) {
        return new SignOffView(entry.stage(), entry.reviewer(), entry.verdict(), entry.comment(), entry.at(),
                entry.round());
    }

    @Test
    void theSameRecordAlwaysGivesTheSameText() {
        assertThat(DecisionRecordMarkdown.render(DecisionRecordFixtures.approved())).isEqualTo(markdown);
    }
}
