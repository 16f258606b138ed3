package dev.tenet.web.submission;

import dev.tenet.web.submission.DecisionRecord.AttestationEntry;
import dev.tenet.web.submission.DecisionRecord.AuditSeal;
import dev.tenet.web.submission.DecisionRecord.FindingEntry;
import dev.tenet.web.submission.DecisionRecord.WaiverNote;
import dev.tenet.web.submission.DesignView.HarmView;
import dev.tenet.web.submission.DecisionRecord.SignOffEntry;
import dev.tenet.web.submission.DesignView.WaiverView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A decision record with one of everything, some of it typed by people who meant harm. */
final class DecisionRecordFixtures {

    private DecisionRecordFixtures() {
    }

    static DecisionRecord approved() {
        Instant at = Instant.parse("2030-03-02T10:00:00Z");
        Map<String, List<FindingEntry>> findings = new LinkedHashMap<>();
        findings.put("FAIL", List.of(new FindingEntry("transparency.cite-sources", "1.0.0", "transparency", "sources-cited",
                "FAIL", "advisory", "low", "Cite the sources", "design.transparency.sourcesCited is false",
                "Show the documents an answer came from", "policies/transparency/cite-sources.yaml:9:7", null)));
        findings.put("ERROR", List.of());
        findings.put("WAIVED", List.of(new FindingEntry("privacy.limit-retention", "1.2.0", "privacy-security",
                "retention-limit", "WAIVED", "soft-mandatory", "medium", "Keep data at most 365 days",
                "design.data.retentionDays is 1095", "Delete claims after a year", "", new WaiverNote(
                "archived claims are legally required", "2030-12-31", "pat"))));
        findings.put("PASS", List.of(new FindingEntry("privacy.encrypt-personal-data", "1.0.0", "privacy-security",
                "at-rest", "PASS", "hard-mandatory", "high", "Encrypt personal data at rest", "", "", "", null)));
        findings.put("NOT_APPLICABLE", List.of());
        return new DecisionRecord(7, "claims", "claims-triage", "erin", 2, "ab12", "c0ffee", "high", "PASS", at, findings,
                List.of(new AttestationEntry("legal-review", "privacy.consent", "policy", "Has legal reviewed it?",
                        "ANSWERED", true, "https://wiki.example/legal_review")),
                List.of(new WaiverView("privacy.limit-retention", "retention-limit", "archived claims are legally required",
                        LocalDate.of(2030, 12, 31), "pat", at)),
                List.of(new HarmView("<script>alert('harm')</script>", "claimants", "medium", "high",
                        "subgroup *evaluation*\nevery release", "riley", at)),
                List.of(new SignOffEntry("research", "riley", Verdict.APPROVE, "looks | fine # ok", at, 1, true),
                        new SignOffEntry("policy", "pat", Verdict.APPROVE, "", at, 1, true)),
                new AuditSeal(12, "9f86d081"));
    }
}
