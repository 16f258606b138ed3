package dev.tenet.web.submission;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.tenet.web.submission.DesignView.HarmView;
import dev.tenet.web.submission.DesignView.SignOffView;
import dev.tenet.web.submission.DesignView.WaiverView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an approved design was approved as, for the file: the exact revision (by the SHA-256 of
 * its YAML), the policy commit it was judged at, every finding grouped by outcome with its
 * explanation, the checklist with its evidence, the waivers and harms, who signed which stage when,
 * and the audit trail's hash at the time, which ties the record to the tamper-evident chain.
 *
 * @param findings by outcome, always in the order FAIL, ERROR, WAIVED, PASS, NOT_APPLICABLE
 * @param signOffs every sign-off of the approved revision, oldest first, each with its review round
 *                 and whether it counts towards the approval: the last round's do, and so do, for a
 *                 re-review after policy drift that resumed at the policy stage, the earlier round's
 *                 sign-offs of the stages before it, which the re-review did not repeat
 * @param audit    the design's latest audit event, or {@code null} when the trail has none
 */
@Schema(name = "DecisionRecord")
record DecisionRecord(long id, String team, String name, String owner, int revision, String yamlDigest,
                      String policyCommit, String tier, String decision, Instant approvedAt,
                      Map<String, List<FindingEntry>> findings, List<AttestationEntry> attestations,
                      List<WaiverView> waivers, List<HarmView> harms, List<SignOffEntry> signOffs, AuditSeal audit) {

    /** The outcomes in the order a reader wants them: what failed first. */
    static final List<String> OUTCOMES = List.of("FAIL", "ERROR", "WAIVED", "PASS", "NOT_APPLICABLE");

    /** The pinned evaluation as stored, read back: the API's Evaluation shape. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoredEvaluation(String policyCommit, String tier, String decision, List<FindingEntry> findings,
                            List<AttestationEntry> attestations) {
    }

    /** One rule's finding with its explanation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FindingEntry(String policy, String policyVersion, String principle, String rule, String outcome,
                        String enforcement, String severity, String message, String detail, String remediation,
                        String location, WaiverNote waiver) {
    }

    /** The waiver a waived finding was covered by. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record WaiverNote(String justification, String expires, String approver) {
    }

    /** One checklist question, its answer and its evidence. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AttestationEntry(String id, String policy, String stage, String question, String status, Boolean answer,
                            String evidence) {
    }

    /**
     * One sign-off of the approved revision.
     *
     * @param counts whether it counts towards the approval: a sign-off of the last round, or of an
     *               earlier round for a stage the last round did not repeat (it started after it)
     */
    record SignOffEntry(String stage, String reviewer, Verdict verdict, String comment, Instant at, int round,
                        boolean counts) {

        /**
         * The sign-offs of a revision, oldest first, each marked with whether it counts. A sign-off of
         * an earlier round counts when the last round has none for its stage, it belongs to the latest
         * earlier round that signed that stage, and it was given in that round before the stage the
         * last round started at (so a stage of another tier, signed after it, does not count).
         */
        static List<SignOffEntry> of(List<SignOffView> signOffs) {
            int last = signOffs.stream().mapToInt(SignOffView::round).max().orElse(0);
            List<SignOffView> lastRound = signOffs.stream().filter(s -> s.round() == last).toList();
            String start = lastRound.isEmpty() ? null : lastRound.get(0).stage();
            Set<String> repeated = new HashSet<>();
            lastRound.forEach(s -> repeated.add(s.stage()));
            Map<String, Integer> latestRound = new HashMap<>();
            signOffs.forEach(s -> latestRound.merge(s.stage(), s.round(), Math::max));
            List<SignOffEntry> entries = new ArrayList<>();
            for (int i = 0; i < signOffs.size(); i++) {
                SignOffView s = signOffs.get(i);
                boolean counts = s.round() == last || (!repeated.contains(s.stage())
                        && latestRound.get(s.stage()) == s.round() && before(signOffs, i, start));
                entries.add(new SignOffEntry(s.stage(), s.reviewer(), s.verdict(), s.comment(), s.at(), s.round(),
                        counts));
            }
            return List.copyOf(entries);
        }

        // whether the sign-off at index i comes, in its round, before a sign-off of the stage `start`
        private static boolean before(List<SignOffView> signOffs, int i, String start) {
            int round = signOffs.get(i).round();
            for (int j = i + 1; j < signOffs.size(); j++) {
                if (signOffs.get(j).round() == round && signOffs.get(j).stage().equals(start)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An audit event: its sequence number in the chain and its hash. */
    record AuditSeal(long seq, String hash) {
    }
}
