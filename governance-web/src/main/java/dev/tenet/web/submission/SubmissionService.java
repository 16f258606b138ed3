package dev.tenet.web.submission;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.model.Governance;
import dev.tenet.model.Stage;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.web.account.Actor;
import dev.tenet.web.policy.PolicyService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The review workflow's use cases: each loads a design, asks the aggregate to make a move, saves it
 * (the version check makes concurrent moves conflict) and publishes what happened, all in one
 * transaction.
 */
@Service
public class SubmissionService {

    private final Designs designs;
    private final Revisions revisions;
    private final PolicyService policies;
    private final DesignEvaluations evaluations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubmissionService(Designs designs, Revisions revisions, PolicyService policies, DesignEvaluations evaluations,
                      ApplicationEventPublisher events, Clock clock) {
        this.designs = designs;
        this.revisions = revisions;
        this.policies = policies;
        this.evaluations = evaluations;
        this.events = events;
        this.clock = clock;
    }

    /** What saving a design document did. */
    public record Saved(Design design, boolean created) {
    }

    /**
     * Creates a design from a WorkloadDesign document, or adds a new DRAFT revision to the design
     * with the same team and name. The owner is the signed-in engineer.
     */
    @Transactional
    public Saved save(Actor actor, String file, String yaml) {
        WorkloadDesign document = evaluations.read(file, yaml);
        Instant now = clock.instant();
        Design design = designs.findByTeamAndName(document.team(), document.name()).orElse(null);
        boolean created = design == null;
        if (created) {
            design = Design.draft(document.team(), document.name(), actor.username(), now);
            Rules.requireEditor(design, actor);
        } else {
            design.newRevision(actor, now);
        }
        design = designs.save(design);
        revisions.save(new Revision(null, design.id(), design.revision(), yaml, DesignEvaluations.digest(yaml),
                actor.username(), now));
        publish(actor, created ? "CREATED" : "REVISED", design, "");
        return new Saved(design, created);
    }

    /** Submits the current revision, evaluated and pinned at the current policy commit. */
    @Transactional
    public Design submit(Actor actor, long id) {
        Design design = find(id);
        PolicyBundle bundle = policies.current();
        Evaluation evaluation = evaluate(bundle, design);
        design.submit(actor, evaluation, DesignEvaluations.json(evaluation),
                bundle.governance().stagesFor(evaluation.tier()), clock.instant());
        return saveAndPublish(actor, "SUBMITTED", design, "");
    }

    /** A reviewer's verdict at a stage. */
    @Transactional
    public Design review(Actor reviewer, long id, String stage, Verdict verdict, String comment) {
        Design design = find(id);
        DesignState before = design.state();
        PolicyBundle bundle = pinnedBundle(design);
        Evaluation current = evaluate(bundle, design);
        design.review(reviewer, stage, verdict, comment, current, stagesOf(bundle.governance(), design), clock.instant());
        String action = design.state() == DesignState.APPROVED && before != DesignState.APPROVED ? "APPROVED"
                : verdict == Verdict.APPROVE ? "SIGNED_OFF" : verdict.name();
        return saveAndPublish(reviewer, action, design, stage + ": " + (comment == null ? "" : comment));
    }

    /** The policy stage grants a waiver; the pinned evaluation is refreshed with it. */
    @Transactional
    public Design grantWaiver(Actor actor, long id, String policy, String rule, String justification, LocalDate expires) {
        Design design = find(id);
        PolicyBundle bundle = pinnedBundle(design);
        var enforcement = bundle.policy(policy)
                .filter(p -> p.policy().rule(rule).isPresent())
                .map(p -> p.policy().enforcement())
                .orElseThrow(() -> WorkflowException.invalid("no rule " + policy + "/" + rule + " in the policies at "
                        + design.policyCommit()));
        design.grantWaiver(actor, policy, rule, justification, expires, enforcement, LocalDate.now(clock), clock.instant());
        refresh(bundle, design);
        return saveAndPublish(actor, "WAIVER_GRANTED", design, policy + "/" + rule + " until " + expires + ": " + justification);
    }

    /** A reviewer of an attestation's stage records its answer; the pinned evaluation is refreshed. */
    @Transactional
    public Design recordAnswer(Actor actor, long id, String attestation, boolean answer, String evidence) {
        Design design = find(id);
        PolicyBundle bundle = pinnedBundle(design);
        Evaluation current = evaluate(bundle, design);
        var check = current.attestations().stream().filter(a -> a.id().equals(attestation)).findFirst()
                .orElseThrow(() -> WorkflowException.invalid("attestation '" + attestation + "' does not apply to " + design));
        var stage = bundle.governance().stage(check.stage())
                .orElseThrow(() -> WorkflowException.invalid("no stage '" + check.stage() + "' in the governance document"));
        design.recordAnswer(actor, check, stage, answer, evidence, clock.instant());
        refresh(bundle, design);
        return saveAndPublish(actor, "ATTESTATION_ANSWERED", design, attestation + " = " + answer
                + (evidence == null || evidence.isBlank() ? "" : " (" + evidence + ")"));
    }

    /** The research stage adds to the risk register. */
    @Transactional
    public Design recordHarm(Actor actor, long id, Harm harm) {
        Design design = find(id);
        design.recordHarm(actor, harm, clock.instant());
        return saveAndPublish(actor, "HARM_RECORDED", design, harm.harm());
    }

    /** The owner's team withdraws the design. */
    @Transactional
    public Design withdraw(Actor actor, long id) {
        Design design = find(id);
        design.withdraw(actor, clock.instant());
        return saveAndPublish(actor, "WITHDRAWN", design, "");
    }

    /** What re-evaluating did: the design, and whether its review restarted in a new round. */
    public record Reevaluated(Design design, boolean restarted) {
    }

    /**
     * Re-evaluates a design under review at the current policy commit, at its team's request (the
     * policies changed since it was submitted). When the tier, the decision, a finding's outcome or
     * an attestation's status changed, the review starts a new round at the first stage; otherwise
     * its sign-offs are kept and only the pinned commit moves. Not one of DESIGN.md's endpoints: see
     * {@link TransitionsApi}.
     */
    @Transactional
    public Reevaluated reevaluate(Actor actor, long id) {
        Design design = find(id);
        PolicyBundle head = policies.current();
        Evaluation evaluation = evaluate(head, design);
        EvaluationOutline before = EvaluationOutline.read(design.evaluation());
        EvaluationOutline after = EvaluationOutline.of(evaluation);
        int round = design.round();
        design.reevaluate(actor, evaluation, DesignEvaluations.json(evaluation),
                head.governance().stagesFor(evaluation.tier()), before.differsMateriallyFrom(after), clock.instant());
        boolean restarted = design.round() != round;
        String outcome = restarted ? "review restarts at " + design.stage() + " in round " + design.round()
                : "nothing material changed: sign-offs kept";
        return new Reevaluated(saveAndPublish(actor, "REEVALUATED", design, "re-evaluated at " + after.policyCommit()
                + " (was " + before.policyCommit() + "): tier " + before.tier() + " → " + after.tier() + ", decision "
                + before.decision() + " → " + after.decision() + "; " + outcome), restarted);
    }

    /**
     * Policy drift, for one design: if it is still APPROVED, evaluates it at {@code bundle} (a newer
     * policy commit) with its waivers and answers and, when its decision is worse than the one it
     * was approved with, sends it to RE_REVIEW in a new round (at the policy stage, or at the first stage
     * when its tier or the tier's stages changed: see {@link Design#reReviewAfterDrift}), pinned at the new
     * commit, with an audit event by {@link Actor#SYSTEM}. A design that is not worse stays APPROVED,
     * bound to what was approved. Joins the caller's transaction, if any.
     *
     * @return the drift, or empty when the design is not APPROVED, already pinned at that commit or not worse
     */
    @Transactional
    public Optional<DriftedDesign> reReviewIfWorse(long id, PolicyBundle bundle) {
        Design design = find(id);
        if (design.state() != DesignState.APPROVED || design.decision() == null
                || design.policyCommit().equals(bundle.commit())) {
            return Optional.empty();
        }
        Evaluation evaluation = evaluate(bundle, design);
        if (!evaluation.decision().isWorseThan(design.decision())) {
            return Optional.empty();
        }
        EvaluationOutline before = EvaluationOutline.read(design.evaluation());
        design.reReviewAfterDrift(evaluation, DesignEvaluations.json(evaluation), approvedStages(design),
                bundle.governance().stagesFor(evaluation.tier()), clock.instant());
        DriftedDesign drifted = DriftedDesign.of(design, before, EvaluationOutline.of(evaluation));
        saveAndPublish(Actor.SYSTEM, "POLICY_DRIFT", design, drifted.comment());
        return Optional.of(drifted);
    }

    // The stages the design was approved through, from the policies at its pinned commit; empty (the
    // re-review then starts at the first stage) when that commit's library no longer loads.
    private List<Stage> approvedStages(Design design) {
        try {
            return stagesOf(policies.at(design.policyCommit()).governance(), design);
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }

    /** A design by id. */
    @Transactional(readOnly = true)
    public Design find(long id) {
        return designs.findById(id).orElseThrow(() -> new DesignNotFoundException(id));
    }

    private Evaluation evaluate(PolicyBundle bundle, Design design) {
        Revision revision = revisions.findByDesignIdAndNumber(design.id(), design.revision()).orElseThrow();
        WorkloadDesign document = evaluations.read(design.name() + ".yaml", revision.yaml());
        return evaluations.evaluate(bundle, design, document, LocalDate.now(clock));
    }

    private void refresh(PolicyBundle bundle, Design design) {
        Evaluation refreshed = evaluate(bundle, design);
        design.reevaluated(refreshed, DesignEvaluations.json(refreshed), clock.instant());
    }

    private PolicyBundle pinnedBundle(Design design) {
        return design.policyCommit().isEmpty() ? policies.current() : policies.at(design.policyCommit());
    }

    private static List<Stage> stagesOf(Governance governance, Design design) {
        return design.tier() == null ? List.of() : governance.stagesFor(design.tier());
    }

    private Design saveAndPublish(Actor actor, String action, Design design, String comment) {
        Design saved = designs.save(design);
        publish(actor, action, saved, comment);
        return saved;
    }

    private void publish(Actor actor, String action, Design design, String comment) {
        String digest = design.evaluation().isEmpty() ? "" : DesignEvaluations.digest(design.evaluation());
        events.publishEvent(new DesignChanged(actor.username(), action, design.id(), design.toString(),
                design.revision(), design.policyCommit(), digest, comment, clock.instant()));
    }
}
