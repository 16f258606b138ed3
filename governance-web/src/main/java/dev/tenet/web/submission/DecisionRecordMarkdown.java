package dev.tenet.web.submission;

import dev.tenet.web.submission.DecisionRecord.AttestationEntry;
import dev.tenet.web.submission.DecisionRecord.FindingEntry;
import dev.tenet.web.submission.DecisionRecord.SignOffEntry;
import dev.tenet.web.submission.DesignView.HarmView;
import dev.tenet.web.submission.DesignView.WaiverView;

import java.util.List;
import java.util.Map;

/**
 * A decision record as Markdown, for pasting into a wiki or a ticket. Deterministic: the same record
 * always gives the same text. What people typed is escaped, so a comment cannot inject HTML or
 * break the document's structure.
 */
final class DecisionRecordMarkdown {

    private static final Map<String, String> OUTCOME_TITLES = Map.of("FAIL", "Failed (advisory)", "ERROR",
            "Could not be evaluated", "WAIVED", "Waived", "PASS", "Passed", "NOT_APPLICABLE", "Not applicable");

    private final StringBuilder out = new StringBuilder();

    private DecisionRecordMarkdown() {
    }

    static String render(DecisionRecord record) {
        return new DecisionRecordMarkdown().document(record).out.toString();
    }

    private DecisionRecordMarkdown document(DecisionRecord record) {
        line("# Decision record: " + text(record.team() + "/" + record.name()));
        line("");
        line("- Design: " + text(record.name()) + " (id " + record.id() + ")");
        line("- Team: " + text(record.team()));
        line("- Owner: " + text(record.owner()));
        line("- Revision: " + record.revision() + " (YAML SHA-256 `" + record.yamlDigest() + "`)");
        line("- Policy commit: `" + record.policyCommit() + "`");
        line("- Risk tier: " + record.tier());
        line("- Decision: **" + record.decision() + "**");
        line("- Approved at: " + record.approvedAt());
        findings(record.findings());
        attestations(record.attestations());
        waivers(record.waivers());
        harms(record.harms());
        signOffs(record.signOffs());
        section("Audit");
        line(record.audit() == null ? "- No audit event recorded for this design."
                : "- Latest audit event: #" + record.audit().seq() + ", hash `" + record.audit().hash()
                + "` (check the chain with `GET /api/v1/audit/verify`)");
        return this;
    }

    private void findings(Map<String, List<FindingEntry>> byOutcome) {
        section("Findings");
        byOutcome.forEach((outcome, findings) -> {
            line("");
            line("### " + OUTCOME_TITLES.getOrDefault(outcome, outcome) + " (" + findings.size() + ")");
            if (!findings.isEmpty()) {
                line("");
            }
            for (FindingEntry finding : findings) {
                line("- **" + text(finding.policy() + "/" + finding.rule()) + "** " + text(finding.policyVersion())
                        + " (" + finding.principle() + ", " + finding.enforcement() + ", " + finding.severity() + "): "
                        + text(finding.message()));
                item("Why", finding.detail());
                if (!"PASS".equals(outcome) && !"NOT_APPLICABLE".equals(outcome)) {
                    item("Remediation", finding.remediation());
                }
                if (finding.waiver() != null) {
                    item("Waiver", finding.waiver().justification() + " (until " + finding.waiver().expires()
                            + ", approved by " + finding.waiver().approver() + ")");
                }
            }
        });
    }

    private void attestations(List<AttestationEntry> attestations) {
        section("Attestations");
        empty(attestations, "None apply.");
        for (AttestationEntry a : attestations) {
            line("- **" + text(a.id()) + "** (" + text(a.stage()) + " stage, " + a.status() + "): " + text(a.question()));
            item("Answer", a.answer() == null ? "none" : a.answer() ? "yes" : "no");
            item("Evidence", a.evidence());
        }
    }

    private void waivers(List<WaiverView> waivers) {
        section("Waivers");
        empty(waivers, "None.");
        for (WaiverView w : waivers) {
            line("- **" + text(w.policy() + "/" + w.rule()) + "**, until " + w.expires() + ", approved by "
                    + text(w.approver()) + " at " + w.grantedAt() + ": " + text(w.justification()));
        }
    }

    private void harms(List<HarmView> harms) {
        section("Risk register");
        empty(harms, "No harms recorded.");
        for (HarmView h : harms) {
            line("- **" + text(h.harm()) + "** (affects " + text(h.affectedGroup()) + "; likelihood " + text(h.likelihood())
                    + ", severity " + text(h.severity()) + "; recorded by " + text(h.recordedBy()) + " at " + h.at() + ")");
            item("Mitigation", h.mitigation());
        }
    }

    private void signOffs(List<SignOffEntry> signOffs) {
        section("Sign-off timeline");
        empty(signOffs, "None.");
        // rounds, and which sign-offs count, are named only when there were several (a re-review)
        boolean rounds = signOffs.stream().map(SignOffEntry::round).distinct().count() > 1;
        for (SignOffEntry s : signOffs) {
            line("- " + s.at() + ": " + text(s.stage()) + " stage"
                    + (rounds ? " (round " + s.round() + ", " + (s.counts() ? "counts" : "does not count") + ")" : "")
                    + ", "
                    + text(s.reviewer()) + " " + s.verdict()
                    + (s.comment() == null || s.comment().isBlank() ? "" : ": " + text(s.comment())));
        }
    }

    private void section(String title) {
        line("");
        line("## " + title);
        line("");
    }

    private void empty(List<?> entries, String none) {
        if (entries.isEmpty()) {
            line(none);
        }
    }

    private void item(String label, String value) {
        if (value != null && !value.isBlank()) {
            line("  - " + label + ": " + text(value));
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    /** User text on one line, with HTML and Markdown's own characters escaped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder();
        for (char c : value.strip().replaceAll("\\s+", " ").toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '#', '|' -> escaped.append('\\').append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
