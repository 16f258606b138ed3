package dev.tenet.web.submission;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A design as the API shows it (DESIGN.md section 6), with what reviewers recorded for its current
 * revision. {@code stage}, {@code tier} and {@code decision} are {@code null} when the design is not
 * in review or not yet submitted; {@code slaDueAt} is when the current stage's days (governance
 * {@code slaDays}) run out.
 *
 * <p>Beyond DESIGN.md's shape (issue 6, policy drift): {@code round} is the current revision's
 * review round ({@code signOffs} are that round's, the ones that count); {@code currentPolicyCommit}
 * is the policy branch's head; {@code policyChangedSinceSubmission} is true for a design under
 * review (IN_REVIEW or RE_REVIEW) pinned at another commit, which its team may re-evaluate
 * ({@code POST /api/v1/designs/{id}/reevaluate}). The policy drifts that sent it back to review are
 * at {@code GET /api/v1/designs/{id}/drifts}.
 */
@Schema(name = "Design")
record DesignView(long id, String team, String name, String owner, int revision,
                  @Schema(description = "the current revision's review round, 1 from submission") int round,
                  DesignState state, String stage,
                  @Schema(example = "high") String tier, @Schema(example = "PASS") String decision,
                  String policyCommit, String currentPolicyCommit, boolean policyChangedSinceSubmission,
                  List<SignOffView> signOffs, long version, String submittedBy,
                  Instant createdAt, Instant updatedAt, Instant stageEnteredAt, Instant slaDueAt,
                  List<WaiverView> waivers, List<HarmView> harms, List<AnswerView> attestationAnswers) {

    DesignView {
        signOffs = List.copyOf(signOffs);
        waivers = List.copyOf(waivers);
        harms = List.copyOf(harms);
        attestationAnswers = List.copyOf(attestationAnswers);
    }

    /** The design, with the SLA of its stage and the policy branch's current head. */
    static DesignView of(Design design, Instant slaDueAt, String currentPolicyCommit) {
        boolean changed = design.state().isUnderReview() && !design.policyCommit().equals(currentPolicyCommit);
        return new DesignView(design.id(), design.team(), design.name(), design.owner(), design.revision(),
                design.round(), design.state(), emptyToNull(design.stage()),
                design.tier() == null ? null : design.tier().id(),
                design.decision() == null ? null : design.decision().name(), emptyToNull(design.policyCommit()),
                currentPolicyCommit, changed, design.currentSignOffs().stream().map(SignOffView::of).toList(),
                design.version() == null ? 0 : design.version(), emptyToNull(design.submittedBy()),
                design.createdAt(), design.updatedAt(), design.stageEnteredAt(), slaDueAt,
                design.currentWaivers().stream().map(WaiverView::of).toList(),
                design.harms().stream().map(HarmView::of).toList(),
                design.currentAnswers().stream().map(AnswerView::of).toList());
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** A reviewer's verdict at a stage of the current revision, in a review round. */
    @Schema(name = "SignOff")
    record SignOffView(String stage, String reviewer, Verdict verdict, String comment, Instant at, int round) {
        static SignOffView of(SignOff signOff) {
            return new SignOffView(signOff.stage(), signOff.reviewer(), signOff.verdict(), signOff.comment(), signOff.at(),
                    signOff.round());
        }
    }

    /** A waiver the policy stage granted to the current revision. */
    @Schema(name = "Waiver")
    record WaiverView(String policy, String rule, String justification, LocalDate expires, String approver,
                      Instant grantedAt) {
        static WaiverView of(GrantedWaiver waiver) {
            return new WaiverView(waiver.policy(), waiver.rule(), waiver.justification(), waiver.expires(),
                    waiver.approver(), waiver.grantedAt());
        }
    }

    /** An entry of the risk register. */
    @Schema(name = "Harm")
    record HarmView(String harm, String affectedGroup, String likelihood, String severity, String mitigation,
                    String recordedBy, Instant at) {
        static HarmView of(Harm harm) {
            return new HarmView(harm.harm(), harm.affectedGroup(), harm.likelihood(), harm.severity(), harm.mitigation(),
                    harm.recordedBy(), harm.at());
        }
    }

    /** A reviewer's answer to an attestation of the current revision. */
    @Schema(name = "AttestationAnswer")
    record AnswerView(String id, boolean answer, String evidence, String recordedBy, Instant at) {
        static AnswerView of(RecordedAnswer answer) {
            return new AnswerView(answer.attestation(), answer.answer(), answer.evidence(), answer.recordedBy(), answer.at());
        }
    }
}
