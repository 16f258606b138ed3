package dev.tenet.web.demo;

import dev.tenet.model.Stage;
import dev.tenet.web.account.Actor;
import dev.tenet.web.policy.PolicyService;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.SubmissionService;
import dev.tenet.web.submission.Verdict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The moves reviewers make, through the real use cases: answer a stage's open attestations with
 * evidence links, then sign the stage with as many distinct reviewers as its quorum needs. What is
 * open, and who may sign, come from the design's pinned evaluation and the governance document.
 */
final class ReviewSteps {

    private static final int MAX_STAGES = 16;

    private final SubmissionService submissions;
    private final PolicyService policies;
    private final DemoCast cast;

    ReviewSteps(SubmissionService submissions, PolicyService policies, DemoCast cast) {
        this.submissions = submissions;
        this.policies = policies;
        this.cast = cast;
    }

    /** Signs stage after stage until the design is at {@code stage} (or, for the empty string, APPROVED). */
    Design approveUntil(Design design, String stage) {
        Design current = design;
        for (int signed = 0; signed < MAX_STAGES; signed++) {
            if (current.state() != DesignState.IN_REVIEW || current.stage().equals(stage)) {
                return current;
            }
            current = signStage(current);
        }
        throw new IllegalStateException(design + " did not reach stage '" + stage + "' in " + MAX_STAGES + " stages");
    }

    /** The current stage's reviewers answer its open attestations and approve until the stage advances. */
    Design signStage(Design design) {
        String stage = design.stage();
        List<Actor> reviewers = reviewersOf(stage);
        Design current = answerOpen(design, reviewers.get(0));
        for (Actor reviewer : reviewers) {
            if (!current.stage().equals(stage) || current.state() != DesignState.IN_REVIEW) {
                return current;
            }
            current = submissions.review(reviewer, current.id(), stage, Verdict.APPROVE,
                    "Checked the findings and the evidence for the " + stage + " stage: approved.");
        }
        if (current.stage().equals(stage) && current.state() == DesignState.IN_REVIEW) {
            throw new IllegalStateException("the demo has too few " + stage + " reviewers for " + design);
        }
        return current;
    }

    /** A reviewer of the design's current stage answers each of its open attestations yes, with an evidence link. */
    Design answerOpen(Design design, Actor reviewer) {
        Design current = design;
        for (String attestation : openAttestations(current, current.stage())) {
            current = submissions.recordAnswer(reviewer, current.id(), attestation, true, evidence(current, attestation));
        }
        return current;
    }

    /** The stage's reviewers among the demo users: those with the role the governance document gives it. */
    List<Actor> reviewersOf(String stage) {
        String role = policies.current().governance().stage(stage).map(Stage::role)
                .orElseThrow(() -> new IllegalStateException("no stage '" + stage + "' in the governance document"));
        List<Actor> reviewers = cast.withRole(role);
        if (reviewers.isEmpty()) {
            throw new IllegalStateException("no demo user has the " + role + " role of stage '" + stage + "'");
        }
        return reviewers;
    }

    /** Soft-mandatory rules the pinned evaluation fails without a waiver, as {@code policy/rule}. */
    static List<String> unwaivedSoftFailures(Design design) {
        List<String> rules = new ArrayList<>();
        for (JsonNode finding : evaluation(design).path("findings")) {
            if ("FAIL".equals(finding.path("outcome").asString()) && "soft-mandatory".equals(finding.path("enforcement")
                    .asString()) && finding.path("waiver").isMissingNode()) {
                rules.add(finding.path("policy").asString() + "/" + finding.path("rule").asString());
            }
        }
        return rules;
    }

    /** The attestations of a stage that the pinned evaluation has not seen answered. */
    static List<String> openAttestations(Design design, String stage) {
        List<String> open = new ArrayList<>();
        for (JsonNode check : evaluation(design).path("attestations")) {
            if (stage.equals(check.path("stage").asString()) && !"ANSWERED".equals(check.path("status").asString())) {
                open.add(check.path("id").asString());
            }
        }
        return open;
    }

    /** Where the demo says the evidence for an attestation lives, in the examples' own style. */
    static String evidence(Design design, String attestation) {
        return "https://wiki.example/" + design.name() + "/" + attestation;
    }

    private static JsonNode evaluation(Design design) {
        return design.evaluation().isEmpty() ? JsonMapper.shared().missingNode()
                : JsonMapper.shared().readTree(design.evaluation());
    }
}
