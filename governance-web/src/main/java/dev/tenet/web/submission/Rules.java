package dev.tenet.web.submission;

import dev.tenet.model.RiskTier;
import dev.tenet.model.Stage;
import dev.tenet.model.evaluation.AttestationCheck;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.web.account.Actor;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The review workflow's rules of who may do what, when: each refuses with a reason a person can act on. */
final class Rules {

    /** The role of the stage that grants waivers; approvals from that stage on need a decision that permits approval. */
    static final String WAIVER_ROLE = "POLICY";

    /** How likely a harm is, from the risk register's scale. */
    static final List<String> LIKELIHOODS = List.of("low", "medium", "high");
    /** How bad a harm is, from the risk register's scale. */
    static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");

    private Rules() {
    }

    /** Only an engineer of the design's team changes, submits or withdraws it. */
    static void requireEditor(Design design, Actor actor) {
        if (!actor.has("ENGINEER") || !actor.team().equals(design.team())) {
            throw WorkflowException.forbidden(actor.username() + " may not change " + design
                    + ": only engineers of team '" + design.team() + "' may");
        }
    }

    /** The design is under review at this stage, and the reviewer may sign it. */
    static Stage requireReviewable(Design design, Actor reviewer, String atStage, List<Stage> stages) {
        if (!design.state().isUnderReview()) {
            throw WorkflowException.conflict("design " + design + " is " + design.state() + ", not under review");
        }
        if (!design.stage().equals(atStage)) {
            throw WorkflowException.conflict("design " + design + " is at stage '" + design.stage() + "', not '"
                    + atStage + "'");
        }
        Stage stage = stages.stream().filter(s -> s.id().equals(atStage)).findFirst()
                .orElseThrow(() -> WorkflowException.conflict("stage '" + atStage + "' is not a stage of this design's tier"));
        if (!reviewer.has(stage.role())) {
            throw WorkflowException.forbidden(reviewer.username() + " cannot sign the " + atStage + " stage: it needs the "
                    + stage.role() + " role");
        }
        requireIndependent(design, reviewer);
        return stage;
    }

    /** Separation of duties: the design's owner and its submitter review none of it. */
    static void requireIndependent(Design design, Actor reviewer) {
        if (reviewer.username().equals(design.owner()) || reviewer.username().equals(design.submittedBy())) {
            throw WorkflowException.forbidden("separation of duties: " + reviewer.username()
                    + " owns or submitted " + design + " and cannot review it");
        }
    }

    /**
     * Separation of duties over the whole revision, and distinct reviewers for quorum: a person who
     * signed a stage of the current revision, in any of its rounds, signs no other stage of it (DESIGN
     * section 5: one person signs at most one stage of a revision); within the current round a person
     * signs a stage once. The same person may sign the same stage again in a later round.
     */
    static void requireNotSignedElsewhere(Design design, Actor reviewer, String atStage) {
        Optional<SignOff> elsewhere = design.revisionSignOffs().stream()
                .filter(s -> s.reviewer().equals(reviewer.username()) && !s.stage().equals(atStage)).findFirst();
        if (elsewhere.isPresent()) {
            throw WorkflowException.forbidden("separation of duties: " + reviewer.username() + " signed the "
                    + elsewhere.get().stage() + " stage of revision " + design.revision()
                    + (elsewhere.get().round() == design.round() ? "" : " (in review round " + elsewhere.get().round() + ")")
                    + " and cannot sign another");
        }
        boolean again = design.currentSignOffs().stream()
                .anyMatch(s -> s.reviewer().equals(reviewer.username()) && s.stage().equals(atStage));
        if (again) {
            throw WorkflowException.conflict(reviewer.username() + " has already signed the " + atStage
                    + " stage of revision " + design.revision() + "; quorum needs distinct reviewers");
        }
    }

    /**
     * Where a re-review after policy drift starts. When the design stays in the tier it was approved
     * at and that tier's stages are the same (ids, roles and quorum for the tier, in order): the
     * stage whose role grants waivers (the policy stage), or the tier's first stage if it has none.
     * When the tier changed (say medium to high, which may add a stage or raise a quorum before the
     * policy stage), the tier's stages changed, or the approved stages are unknown: the new tier's
     * first stage, so that every sign-off the new tier requires is given in the new round.
     *
     * @param approvedTier   the tier the design was approved at
     * @param approvedStages that tier's stages at the commit it was approved at; empty when unknown
     * @param stages         the new tier's stages, in order
     * @param tier           the new tier
     */
    static Stage reReviewStage(Design design, RiskTier approvedTier, List<Stage> approvedStages, List<Stage> stages,
                               RiskTier tier) {
        if (stages.isEmpty()) {
            throw WorkflowException.conflict("the governance document has no stage for tier " + tier.id()
                    + ": design " + design + " cannot be reviewed again");
        }
        if (tier != approvedTier || !sameStages(approvedStages, approvedTier, stages, tier)) {
            return stages.get(0);
        }
        return stages.stream().filter(stage -> stage.role().equals(WAIVER_ROLE)).findFirst().orElse(stages.get(0));
    }

    private static boolean sameStages(List<Stage> before, RiskTier tierBefore, List<Stage> after, RiskTier tierAfter) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            Stage was = before.get(i);
            Stage is = after.get(i);
            if (!was.id().equals(is.id()) || !was.role().equals(is.role())
                    || was.quorumFor(tierBefore) != is.quorumFor(tierAfter)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A re-evaluation at the current policy commit: by an engineer of the design's team, of a design
     * under review, pinned at another commit.
     */
    static void requireReevaluable(Design design, Actor actor, String headCommit) {
        requireEditor(design, actor);
        if (!design.state().isUnderReview()) {
            throw WorkflowException.conflict("design " + design + " is " + design.state() + ", not under review: only a"
                    + " design under review is re-evaluated (submit a new revision instead)");
        }
        if (design.policyCommit().equals(headCommit)) {
            throw WorkflowException.conflict("design " + design + " is already evaluated at the current policy commit "
                    + headCommit + ": there is nothing to re-evaluate");
        }
    }

    /** A risk-register entry rates its likelihood low to high and its severity low to critical. */
    static void requireRated(Harm harm) {
        if (!LIKELIHOODS.contains(harm.likelihood())) {
            throw WorkflowException.invalid("likelihood must be one of " + String.join(", ", LIKELIHOODS) + "; got '"
                    + harm.likelihood() + "'");
        }
        if (!SEVERITIES.contains(harm.severity())) {
            throw WorkflowException.invalid("severity must be one of " + String.join(", ", SEVERITIES) + "; got '"
                    + harm.severity() + "'");
        }
    }

    /** An approval needs a decision that permits it and this stage's attestations answered. */
    static void requireApprovable(Design design, Evaluation current, Stage stage, List<Stage> stages) {
        Decision decision = current.decision();
        if (decision == Decision.BLOCKED) {
            throw WorkflowException.conflict("design " + design + " is BLOCKED by a hard-mandatory failure and cannot be"
                    + " approved: request changes or reject it");
        }
        if (decision == Decision.NEEDS_WAIVER && !beforeWaiverStage(stage, stages)) {
            throw WorkflowException.conflict("design " + design + " NEEDS_WAIVER: a soft-mandatory rule fails without"
                    + " a waiver; grant a waiver or request changes before approving");
        }
        List<AttestationCheck> open = current.openAttestations(stage.id());
        if (!open.isEmpty()) {
            throw WorkflowException.conflict("the " + stage.id() + " stage cannot approve while its attestations are open: "
                    + open.stream().map(a -> a.id() + " (" + a.status() + ")").collect(Collectors.joining(", ")));
        }
    }

    private static boolean beforeWaiverStage(Stage stage, List<Stage> stages) {
        for (Stage each : stages) {
            if (each.role().equals(WAIVER_ROLE)) {
                return false;
            }
            if (each.equals(stage)) {
                return true;
            }
        }
        return false;
    }
}
