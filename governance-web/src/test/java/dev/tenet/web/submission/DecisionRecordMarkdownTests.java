package dev.tenet.web.submission;

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
        List<SignOffView> rounds = List.of(record.signOffs().get(0), record.signOffs().get(1),
                new SignOffView("policy", "pat", Verdict.APPROVE, "waiver granted", at, 2));
        DecisionRecord reReviewed = new DecisionRecord(record.id(), record.team(), record.name(), record.owner(),
                record.revision(), record.yamlDigest(), record.policyCommit(), record.tier(), record.decision(),
                record.approvedAt(), record.findings(), record.attestations(), record.waivers(), record.harms(), rounds,
                record.audit());

        String text = DecisionRecordMarkdown.render(reReviewed);

        assertThat(text).contains("- 2030-03-02T10:00:00Z: research stage (round 1), riley APPROVE:",
                "- 2030-04-01T08:00:00Z: policy stage (round 2), pat APPROVE: waiver granted\n");
        assertThat(markdown).doesNotContain("(round ");
    }

    @Test
    void theSameRecordAlwaysGivesTheSameText() {
        assertThat(DecisionRecordMarkdown.render(DecisionRecordFixtures.approved())).isEqualTo(markdown);
    }
}
