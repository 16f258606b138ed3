package dev.tenet.web.submission;

import dev.tenet.model.Enforcement;
import dev.tenet.model.EvidenceRequirement;
import dev.tenet.model.RiskTier;
import dev.tenet.model.Stage;
import dev.tenet.model.evaluation.AttestationCheck;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.web.account.Actor;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A workload design under governance: the aggregate whose methods are the review workflow's
 * transitions. Each refuses an illegal move with a {@link WorkflowException}; the version number
 * makes two reviewers acting at once conflict instead of both advancing a stage.
 *
 * <p>The design's content lives in immutable {@link Revision}s; this aggregate holds the current
 * revision's number, its pinned evaluation and everything reviewers recorded.
 *
 * <p>A revision is reviewed in rounds: the first starts at submission; policy drift
 * ({@link #reReviewAfterDrift}) and a material re-evaluation ({@link #reevaluate}) start another.
 * Only the current round's sign-offs count towards a stage's quorum, so reviewers who signed before
 * the policies changed sign the new round afresh. Separation of duties holds over the whole
 * revision: one person signs at most one stage of it, in any round (and may sign that same stage
 * again in a later round).
 */
@Table("designs")
public class Design {

    @Id
    private Long id;
    private final String team;
    private final String name;
    private final String owner;
    private DesignState state;
    private String stage;
    private int revision;
    @Column("review_round")
    private int round;
    private String submittedBy;
    private RiskTier tier;
    private Decision decision;
    private String policyCommit;
    private String evaluation;
    private Instant stageEnteredAt;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "design_id", keyColumn = "position")
    private List<SignOff> signOffs = new ArrayList<>();
    @MappedCollection(idColumn = "design_id", keyColumn = "position")
    private List<GrantedWaiver> waivers = new ArrayList<>();
    @MappedCollection(idColumn = "design_id", keyColumn = "position")
    private List<Harm> harms = new ArrayList<>();
    @MappedCollection(idColumn = "design_id", keyColumn = "position")
    private List<RecordedAnswer> answers = new ArrayList<>();

    @PersistenceCreator
    Design(Long id, String team, String name, String owner, DesignState state, String stage, int revision, int round,
           String submittedBy, RiskTier tier, Decision decision, String policyCommit, String evaluation,
           Instant stageEnteredAt, Instant createdAt, Instant updatedAt, Long version) {
        this.id = id;
        this.team = team;
        this.name = name;
        this.owner = owner;
        this.state = state;
        this.stage = stage;
        this.revision = revision;
        this.round = round;
        this.submittedBy = submittedBy;
        this.tier = tier;
        this.decision = decision;
        this.policyCommit = policyCommit;
        this.evaluation = evaluation;
        this.stageEnteredAt = stageEnteredAt;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new design in DRAFT at revision 1, owned by {@code owner}. */
    public static Design draft(String team, String name, String owner, Instant now) {
        return new Design(null, team, name, owner, DesignState.DRAFT, "", 1, 1, "", null, null, "", "", null, now, now,
                null);
    }

    /** Starts a new DRAFT revision: every sign-off, waiver and recorded answer of earlier revisions stops counting. */
    public void newRevision(Actor actor, Instant now) {
        Rules.requireEditor(this, actor);
        revision++;
        round = 1;
        moveTo(DesignState.DRAFT, "", now);
        submittedBy = "";
        tier = null;
        decision = null;
        policyCommit = "";
        evaluation = "";
    }

    /**
     * Submits the current revision: pins the evaluation made at the current policy commit and sends
     * the design to the first review stage of its tier. Submitting again after changes were
     * requested starts a new review round: the earlier round's sign-offs no longer count.
     *
     * @param stages     the stages of the evaluation's tier, in order
     * @param evaluationJson the evaluation as the API shows it, stored as pinned
     */
    public void submit(Actor actor, Evaluation pinned, String evaluationJson, List<Stage> stages, Instant now) {
        Rules.requireEditor(this, actor);
        if (state != DesignState.DRAFT && state != DesignState.CHANGES_REQUESTED) {
            throw WorkflowException.conflict("design " + this + " is " + state + "; only a DRAFT or CHANGES_REQUESTED"
                    + " design can be submitted (add a new revision first)");
        }
        if (stages.isEmpty()) {
            throw WorkflowException.conflict("the governance document has no stage for tier " + pinned.tier().id());
        }
        if (state == DesignState.CHANGES_REQUESTED) {
            round++;
        }
        submittedBy = actor.username();
        pin(pinned, evaluationJson);
        moveTo(DesignState.IN_REVIEW, stages.get(0).id(), now);
    }

    /**
     * Records a reviewer's verdict at the current stage and advances, returns or ends the review. A
     * re-review (RE_REVIEW) advances through its remaining stages as RE_REVIEW and ends APPROVED.
     */
    public void review(Actor reviewer, String atStage, Verdict verdict, String comment, Evaluation current,
                       List<Stage> stages, Instant now) {
        Stage stageNow = Rules.requireReviewable(this, reviewer, atStage, stages);
        Rules.requireNotSignedElsewhere(this, reviewer, atStage);
        if (verdict == Verdict.APPROVE) {
            Rules.requireApprovable(this, current, stageNow, stages);
        }
        signOffs.add(new SignOff(revision, round, atStage, reviewer.username(), verdict, comment == null ? "" : comment,
                now));
        switch (verdict) {
            case APPROVE -> advanceIfQuorum(stageNow, stages, now);
            case REQUEST_CHANGES -> moveTo(DesignState.CHANGES_REQUESTED, "", now);
            case REJECT -> moveTo(DesignState.REJECTED, "", now);
        }
    }

    private void advanceIfQuorum(Stage current, List<Stage> stages, Instant now) {
        long approvals = currentSignOffs().stream()
                .filter(s -> s.stage().equals(current.id()) && s.verdict() == Verdict.APPROVE).count();
        if (approvals < current.quorumFor(tier)) {
            updatedAt = now;
            return;
        }
        int next = stages.indexOf(current) + 1;
        if (next < stages.size()) {
            moveTo(state, stages.get(next).id(), now);
        } else {
            moveTo(DesignState.APPROVED, "", now);
        }
    }

    /** Withdraws the design from review; its owner's team may start again with a new revision. */
    public void withdraw(Actor actor, Instant now) {
        Rules.requireEditor(this, actor);
        if (state == DesignState.WITHDRAWN || state == DesignState.REJECTED) {
            throw WorkflowException.conflict("design " + this + " is already " + state);
        }
        moveTo(DesignState.WITHDRAWN, "", now);
    }

    /**
     * Grants a waiver to the current revision. Only the policy stage's role grants waivers; never
     * for a hard-mandatory rule, never already expired, never without a justification.
     */
    public void grantWaiver(Actor actor, String policy, String rule, String justification, LocalDate expires,
                            Enforcement enforcement, LocalDate today, Instant now) {
        if (!actor.has(Rules.WAIVER_ROLE)) {
            throw WorkflowException.forbidden(actor.username() + " cannot grant waivers: it needs the POLICY role");
        }
        requireOpenForReviewers();
        Rules.requireIndependent(this, actor);
        if (enforcement == Enforcement.HARD_MANDATORY) {
            throw WorkflowException.invalid(policy + "/" + rule + " is hard-mandatory: hard-mandatory rules cannot be waived");
        }
        if (justification == null || justification.isBlank()) {
            throw WorkflowException.invalid("a waiver needs a justification: say why the failure is acceptable for now");
        }
        if (expires == null || !expires.isAfter(today)) {
            throw WorkflowException.invalid("a waiver must expire after today (" + today + "); got " + expires);
        }
        waivers.add(new GrantedWaiver(revision, policy, rule, justification.strip(), expires, actor.username(), now));
        updatedAt = now;
    }

    /** Records an entry of the risk register; the research stage's role keeps it. */
    public void recordHarm(Actor actor, Harm harm, Instant now) {
        if (!actor.has("RESEARCH")) {
            throw WorkflowException.forbidden(actor.username() + " cannot record harms: it needs the RESEARCH role");
        }
        if (state == DesignState.WITHDRAWN || state == DesignState.REJECTED) {
            throw WorkflowException.conflict("design " + this + " is " + state + ": its risk register is closed");
        }
        Rules.requireRated(Objects.requireNonNull(harm));
        harms.add(harm);
        updatedAt = now;
    }

    /**
     * Records a reviewer's answer to an attestation of the current revision; a reviewer of the
     * attestation's stage answers it, with evidence when the attestation requires it.
     */
    public void recordAnswer(Actor actor, AttestationCheck attestation, Stage stage, boolean answer, String evidence,
                             Instant now) {
        if (!actor.has(stage.role())) {
            throw WorkflowException.forbidden(actor.username() + " cannot answer " + attestation.id() + ": it is checked"
                    + " by the " + stage.id() + " stage, which needs the " + stage.role() + " role");
        }
        requireOpenForReviewers();
        Rules.requireIndependent(this, actor);
        boolean noEvidence = evidence == null || evidence.isBlank();
        if (answer && noEvidence && attestation.required() == EvidenceRequirement.REQUIRED) {
            throw WorkflowException.invalid(attestation.id() + " requires evidence: give a link to the document");
        }
        answers.removeIf(a -> a.revision() == revision && a.attestation().equals(attestation.id()));
        answers.add(new RecordedAnswer(revision, attestation.id(), answer, noEvidence ? null : evidence.strip(),
                actor.username(), now));
        updatedAt = now;
    }

    /**
     * A policy change made this APPROVED design's decision worse: pins the evaluation at the new
     * commit and starts a new review round. Where the round starts depends on what the design was
     * approved through:
     * <ul>
     *   <li>the same tier with the same stages (same ids, roles and quorum, in the same order): at
     *   the policy stage, where waivers are granted ({@link Rules#reReviewStage}); the stages before
     *   it keep what they found, the rest sign again;</li>
     *   <li>another tier, or the tier's stages changed (a stage added, removed or reordered, or a
     *   quorum raised), or the stages it was approved through are unknown (empty
     *   {@code approvedStages}): at the first stage of the new tier, so that no sign-off the new
     *   tier requires is skipped.</li>
     * </ul>
     *
     * @param approvedStages the stages of the tier it was approved at, as the policies at its pinned
     *                       commit define them; empty when they cannot be read
     * @param stages         the stages of the new evaluation's tier, in order
     */
    public void reReviewAfterDrift(Evaluation atNewCommit, String evaluationJson, List<Stage> approvedStages,
                                   List<Stage> stages, Instant now) {
        if (state != DesignState.APPROVED) {
            throw WorkflowException.conflict("design " + this + " is " + state + "; only an APPROVED design goes to"
                    + " RE_REVIEW when the policies change");
        }
        Stage start = Rules.reReviewStage(this, tier, approvedStages, stages, atNewCommit.tier());
        round++;
        pin(atNewCommit, evaluationJson);
        moveTo(DesignState.RE_REVIEW, start.id(), now);
    }

    /**
     * Re-pins the evaluation of a design under review at the current policy commit, at its team's
     * request. When something material changed ({@code material}: the tier, the decision, a
     * finding's outcome or an attestation's status), or its stage is no longer one of its tier's,
     * the earlier sign-offs stop counting and the review starts a new round at the first stage;
     * otherwise the sign-offs are kept and only the pin moves.
     *
     * @param stages the stages of the new evaluation's tier, in order
     */
    public void reevaluate(Actor actor, Evaluation atHead, String evaluationJson, List<Stage> stages, boolean material,
                           Instant now) {
        Rules.requireReevaluable(this, actor, atHead.policyCommit());
        if (stages.isEmpty()) {
            throw WorkflowException.conflict("the governance document has no stage for tier " + atHead.tier().id());
        }
        boolean stageGone = stages.stream().noneMatch(s -> s.id().equals(stage));
        pin(atHead, evaluationJson);
        if (material || stageGone) {
            round++;
            moveTo(state, stages.get(0).id(), now);
        } else {
            updatedAt = now;
        }
    }

    private void requireOpenForReviewers() {
        if (!state.isUnderReview()) {
            throw WorkflowException.conflict("design " + this + " is " + state + ", not under review");
        }
    }

    /** Stores a new evaluation of the current revision at its pinned commit (after a waiver or an answer). */
    public void reevaluated(Evaluation current, String evaluationJson, Instant now) {
        pin(current, evaluationJson);
        updatedAt = now;
    }

    private void pin(Evaluation pinned, String evaluationJson) {
        tier = pinned.tier();
        decision = pinned.decision();
        policyCommit = pinned.policyCommit();
        evaluation = evaluationJson;
    }

    void moveTo(DesignState newState, String newStage, Instant now) {
        if (newState != state || !newStage.equals(stage)) {
            stageEnteredAt = now;
        }
        state = newState;
        stage = newStage;
        updatedAt = now;
    }

    /** Sign-offs of the current revision's current round, in the order they were given: those that count. */
    public List<SignOff> currentSignOffs() {
        return signOffs.stream().filter(s -> s.revision() == revision && s.round() == round).toList();
    }

    /** Sign-offs of the current revision in every round, in the order they were given. */
    public List<SignOff> revisionSignOffs() {
        return signOffs.stream().filter(s -> s.revision() == revision).toList();
    }

    /** Waivers granted to the current revision. */
    public List<GrantedWaiver> currentWaivers() {
        return waivers.stream().filter(w -> w.revision() == revision).toList();
    }

    /** Answers reviewers recorded for the current revision. */
    public List<RecordedAnswer> currentAnswers() {
        return answers.stream().filter(a -> a.revision() == revision).toList();
    }

    public Long id() { return id; }
    public String team() { return team; }
    public String name() { return name; }
    public String owner() { return owner; }
    public DesignState state() { return state; }
    /** The stage under review, or the empty string when the design is not in review. */
    public String stage() { return stage; }
    public int revision() { return revision; }
    /** The current revision's review round: 1 from submission, one more for each re-review or restart. */
    public int round() { return round; }
    /** Who submitted the current revision, or the empty string before it is submitted. */
    public String submittedBy() { return submittedBy; }
    /** The pinned evaluation's tier; {@code null} until the current revision is submitted. */
    public RiskTier tier() { return tier; }
    /** The pinned evaluation's decision; {@code null} until the current revision is submitted. */
    public Decision decision() { return decision; }
    public String policyCommit() { return policyCommit; }
    /** The pinned evaluation as JSON, or the empty string before submission. */
    public String evaluation() { return evaluation; }
    public Instant stageEnteredAt() { return stageEnteredAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Long version() { return version; }
    public List<SignOff> signOffs() { return List.copyOf(signOffs); }
    public List<Harm> harms() { return List.copyOf(harms); }
    public List<GrantedWaiver> waivers() { return List.copyOf(waivers); }
    public List<RecordedAnswer> answers() { return List.copyOf(answers); }

    @Override
    public String toString() {
        return team + "/" + name;
    }
}
