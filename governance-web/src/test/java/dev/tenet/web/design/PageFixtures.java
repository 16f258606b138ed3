package dev.tenet.web.design;

import dev.tenet.web.account.Actor;
import dev.tenet.web.account.SignedInUser;
import dev.tenet.web.design.DesignPage.Actions;
import dev.tenet.web.design.DesignPage.DriftRow;
import dev.tenet.web.design.DesignPage.HarmRow;
import dev.tenet.web.design.DesignPage.Header;
import dev.tenet.web.design.DesignPage.PolicyChange;
import dev.tenet.web.design.DesignPage.PrincipleGroup;
import dev.tenet.web.design.DesignPage.StageAttestations;
import dev.tenet.web.design.DesignPage.StageProgress;
import dev.tenet.web.design.DesignPage.TimelineEntry;
import dev.tenet.web.design.DesignPage.WaiverRow;
import dev.tenet.web.design.PinnedEvaluation.AttestationView;
import dev.tenet.web.design.PinnedEvaluation.FindingView;
import dev.tenet.web.design.PinnedEvaluation.ValueRead;
import dev.tenet.web.submission.MovedFinding;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.List;
import java.util.Set;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Design pages as the page controllers' tests need them, with whatever text a test wants to see escaped. */
final class PageFixtures {

    static final Actor ERIN = new Actor("erin", "claims", Set.of("ENGINEER"));
    static final Actor RILEY = new Actor("riley", "", Set.of("RESEARCH"));
    static final Actor PAT = new Actor("pat", "", Set.of("POLICY"));
    static final String XSS = "<script>alert(1)</script>";
    static final String XSS_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    static final When NOW = new When("2026-03-01T09:30:00Z", "2026-03-01 09:30 UTC");

    private PageFixtures() {
    }

    static RequestPostProcessor as(Actor actor) {
        return user(SignedInUser.of(actor));
    }

    static FindingView failing(String policy, String rule, String enforcement, String principle) {
        return new FindingView(policy, "1.2.0", principle, rule, "FAIL", enforcement, "high",
                "Personal data must not be kept for more than a year", "Lower spec.data.retentionDays to 365 or less",
                "design.data.retentionDays is 1095", List.of(new ValueRead("design.data.retentionDays", "1095", true),
                new ValueRead("design.data.anonymization", "", false)), "policies/privacy/retention.yaml:12:5", "");
    }

    static FindingView passing(String policy, String rule, String principle) {
        return new FindingView(policy, "1.0.0", principle, rule, "PASS", "hard-mandatory", "medium",
                "A person confirms each decision", "", "", List.of(), "", "");
    }

    /** A design in review at the research stage, which the given actions allow acting on. */
    static DesignPage inReview(String description, String comment, Actions actions) {
        Header header = new Header(7, "claims", "claims-triage", "erin", 2, 1, "IN_REVIEW", "research", "high",
                "NEEDS_WAIVER", "0123456789abcdef0123", "erin", description, NOW, NOW);
        FindingView failure = failing("privacy.limit-retention", "retention-limit", "soft-mandatory", "privacy-security");
        FindingView pass = passing("accountability.human-oversight", "human-in-the-loop", "accountability");
        PinnedEvaluation evaluation = new PinnedEvaluation("0123456789abcdef0123", "high", "NEEDS_WAIVER",
                List.of(failure, pass), List.of());
        AttestationView attestation = new AttestationView("training-data-review", "fairness.representative-data",
                "research", "Was the training data reviewed for representativeness?", "ANSWERED", "true",
                "https://wiki.example/review", "required");
        AttestationView unsafe = new AttestationView("subgroup-report", "fairness.subgroups", "research",
                "Is there a subgroup performance report?", "EVIDENCE_MISSING", "true", "javascript:alert(1)", "required");
        return new DesignPage(header, evaluation,
                List.of(new PrincipleGroup("privacy-security", List.of(failure), 1),
                        new PrincipleGroup("accountability", List.of(pass), 0)),
                List.of(new StageProgress("research", "RESEARCH", 2, List.of("rosa"), "current", 5),
                        new StageProgress("policy", "POLICY", 1, List.of(), "pending", 5)),
                List.of(new StageAttestations("research", List.of(attestation, unsafe), actions.answerStages().contains("research"))),
                List.of(new HarmRow("Urgent claims of " + XSS + " are missed", "claimants", "medium", "high",
                        "An adjuster confirms every category", "rosa", NOW)),
                List.of(new WaiverRow(2, "privacy.limit-retention", "retention-limit", "Legal hold until the audit",
                        "2026-12-31", "pat", NOW, true)),
                List.of(new TimelineEntry(1, 1, "research", "riley", "APPROVE", "old approval", NOW, false, true),
                        new TimelineEntry(2, 1, "research", "rosa", "APPROVE", comment, NOW, true, false)),
                "apiVersion: tenet.dev/v1\nkind: WorkloadDesign\n", actions,
                new PolicyChange("0123456789abcdef0123", "0123456789abcdef0123"), List.of());
    }

    /** A design that policy drift sent back to review, whose policies moved on once more since. */
    static DesignPage reReviewed(String findingMessage, Actions actions) {
        DesignPage page = inReview("", "", actions);
        Header h = page.header();
        Header header = new Header(h.id(), h.team(), h.name(), h.owner(), h.revision(), 2, "RE_REVIEW", "policy",
                "low", "NEEDS_WAIVER", "feedc0de00000000000000000000000000000000", h.submittedBy(), h.description(),
                h.stageEnteredAt(), h.updatedAt());
        DriftRow drift = new DriftRow(NOW, 2, "0123456789abcdef0123", "feedc0de00000000000000000000000000000000",
                "PASS", "NEEDS_WAIVER", List.of(new MovedFinding("privacy.limit-retention", "retention-limit", "PASS",
                "FAIL", "soft-mandatory", findingMessage)));
        List<TimelineEntry> timeline = List.of(new TimelineEntry(2, 1, "policy", "pat", "APPROVE", "fine then", NOW,
                false, false), new TimelineEntry(2, 2, "policy", "pat", "APPROVE", "fine again", NOW, true, false));
        return new DesignPage(header, page.evaluation(), page.principles(), page.stages(), page.attestations(),
                page.harms(), page.waivers(), timeline, page.yaml(), actions,
                new PolicyChange("feedc0de00000000000000000000000000000000", "beefcafe00000000000000000000000000000000"),
                List.of(drift));
    }

    static Actions reviewerActions() {
        return new Actions(false, false, false, "research", true, List.of(), Set.of("research"), false);
    }

    static Actions policyActions(FindingView waivable) {
        return new Actions(false, false, false, "", false, List.of(waivable), Set.of(), false);
    }

    static Actions engineerActions(boolean submit) {
        return new Actions(true, submit, true, "", false, List.of(), Set.of(), false);
    }

    static Actions noActions() {
        return new Actions(false, false, false, "", false, List.of(), Set.of(), false);
    }

    /** An engineer of the design's team, whose design's policies changed: may re-evaluate it. */
    static Actions reevaluateActions() {
        return new Actions(true, false, true, "", false, List.of(), Set.of(), true);
    }

    static DesignPage approved() {
        DesignPage page = inReview("Routes urgent claims first.", "Looks right", noActions());
        Header h = page.header();
        Header approved = new Header(h.id(), h.team(), h.name(), h.owner(), h.revision(), h.round(), "APPROVED", "", h.tier(),
                "PASS", h.policyCommit(), h.submittedBy(), h.description(), h.stageEnteredAt(), h.updatedAt());
        return new DesignPage(approved, page.evaluation(), page.principles(), page.stages(), page.attestations(),
                page.harms(), page.waivers(), page.timeline(), page.yaml(), page.actions(),
                new PolicyChange("", page.policyChange().current()), List.of());
    }
}
