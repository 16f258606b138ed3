package dev.tenet.web.design;

import dev.tenet.web.design.PinnedEvaluation.AttestationView;
import dev.tenet.web.design.PinnedEvaluation.FindingView;
import dev.tenet.web.submission.MovedFinding;

import java.util.List;
import java.util.Set;

/**
 * Everything the design page and the decision record show, as plain values: never the aggregate.
 *
 * @param header       who, what and where the design stands
 * @param evaluation   the pinned evaluation, empty for a draft
 * @param principles   findings grouped by principle, failures first
 * @param stages       the review stages of the design's tier and how far each got
 * @param attestations the checklist by stage
 * @param harms        the risk register
 * @param waivers      waivers of every revision, current ones first
 * @param timeline     sign-offs of every revision, oldest first
 * @param yaml         the current revision's YAML
 * @param actions      what the signed-in person may do now
 * @param policyChange whether the policies moved on since the design under review was evaluated
 * @param drifts       every time a policy change sent the approved design back to review, oldest first
 */
record DesignPage(Header header, PinnedEvaluation evaluation, List<PrincipleGroup> principles, List<StageProgress> stages,
                  List<StageAttestations> attestations, List<HarmRow> harms, List<WaiverRow> waivers,
                  List<TimelineEntry> timeline, String yaml, Actions actions, PolicyChange policyChange,
                  List<DriftRow> drifts) {

    /** The design's identity and where it stands. */
    record Header(long id, String team, String name, String owner, int revision, int round, String state, String stage,
                  String tier, String decision, String policyCommit, String submittedBy, String description,
                  When stageEnteredAt, When updatedAt) {

        /** The policy commit's first 8 characters, as git shows commits. */
        public String shortCommit() {
            return DesignPage.shortCommit(policyCommit);
        }

        public String title() {
            return team + "/" + name;
        }
    }

    /** The findings of one principle. */
    record PrincipleGroup(String principle, List<FindingView> findings, long failures) {

        /** Failed and waived findings: what a reviewer reads first. */
        public List<FindingView> notable() {
            return findings.stream().filter(f -> f.failed() || "WAIVED".equals(f.outcome())).toList();
        }

        /** Passed and not-applicable findings, shown folded. */
        public List<FindingView> others() {
            return findings.stream().filter(f -> !f.failed() && !"WAIVED".equals(f.outcome())).toList();
        }
    }

    /** A stage of the design's tier: approvals so far against its quorum. */
    record StageProgress(String id, String role, int quorum, List<String> approvers, String status, Integer slaDays) {

        public int approvals() {
            return approvers.size();
        }
    }

    /** The checklist questions one stage checks; {@code answerable} when the person looking may answer them. */
    record StageAttestations(String stage, List<AttestationView> attestations, boolean answerable) {

        public long answered() {
            return attestations.stream().filter(a -> "ANSWERED".equals(a.status())).count();
        }

        /** Shown unfolded: something is still open, or the person may answer. */
        public boolean unfolded() {
            return answerable || answered() < attestations.size();
        }

        public List<String> ids() {
            return attestations.stream().map(AttestationView::id).toList();
        }
    }

    /** An entry of the risk register. */
    record HarmRow(String harm, String affectedGroup, String likelihood, String severity, String mitigation,
                   String recordedBy, When at) {
    }

    /** A waiver; {@code current} is false for one granted to an earlier revision. */
    record WaiverRow(int revision, String policy, String rule, String justification, String expires, String approver,
                     When grantedAt, boolean current) {
    }

    /**
     * A reviewer's verdict; {@code current} is false for one that no longer counts: given to an
     * earlier revision ({@code earlierRevision}), or in an earlier review round of this one.
     */
    record TimelineEntry(int revision, int round, String stage, String reviewer, String verdict, String comment, When at,
                         boolean current, boolean earlierRevision) {
    }

    /**
     * The pinned policy commit of a design under review and the policy branch's head: {@code
     * pinned} is empty for a design not under review, which has nothing to re-evaluate.
     */
    record PolicyChange(String pinned, String current) {

        /** The policies moved on since the design was evaluated. */
        public boolean changed() {
            return !pinned.isEmpty() && !pinned.equals(current);
        }

        public String shortPinned() {
            return shortCommit(pinned);
        }

        public String shortCurrent() {
            return shortCommit(current);
        }
    }

    /** A policy drift: when, from which commit to which, the decision before and after, the findings that moved. */
    record DriftRow(When at, int round, String fromCommit, String toCommit, String decisionBefore, String decisionAfter,
                    List<MovedFinding> findings) {

        public String shortFrom() {
            return shortCommit(fromCommit);
        }

        public String shortTo() {
            return shortCommit(toCommit);
        }
    }

    /** A commit's first 8 characters, as git shows commits. */
    static String shortCommit(String commit) {
        return commit.length() > 8 ? commit.substring(0, 8) : commit;
    }

    /**
     * What the signed-in person may do now. The workflow stays the judge: these only decide which
     * forms to offer.
     *
     * @param editor        an engineer of the design's team
     * @param submit        the design is a draft or changes were requested
     * @param withdraw      the design is still open
     * @param reviewStage   the stage the person may sign now, or empty
     * @param recordHarm    the person keeps the risk register
     * @param waivable      failing soft-mandatory findings the person may waive
     * @param answerStages  the stages whose attestations the person may answer
     * @param reevaluate    the person may re-evaluate the design at the current policies (offered with
     *                      the "policies changed" notice, not among the other actions)
     */
    record Actions(boolean editor, boolean submit, boolean withdraw, String reviewStage, boolean recordHarm,
                   List<FindingView> waivable, Set<String> answerStages, boolean reevaluate) {

        public boolean review() {
            return !reviewStage.isEmpty();
        }

        public boolean grantWaiver() {
            return !waivable.isEmpty();
        }

        public boolean any() {
            return submit || withdraw || review() || recordHarm || grantWaiver() || !answerStages.isEmpty();
        }
    }
}
