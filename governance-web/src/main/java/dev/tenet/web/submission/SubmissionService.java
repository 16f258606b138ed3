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
