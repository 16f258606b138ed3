package dev.tenet.web.submission;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.tenet.web.submission.DesignView.HarmView;
import dev.tenet.web.submission.DesignView.SignOffView;
import dev.tenet.web.submission.DesignView.WaiverView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an approved design was approved as, for the file: the exact revision (by the SHA-256 of
 * its YAML), the policy commit it was judged at, every finding grouped by outcome with its
 * explanation, the checklist with its evidence, the waivers and harms, who signed which stage when,
 * and the audit trail's hash at the time, which ties the record to the tamper-evident chain.
 *
 * @param findings by outcome, always in the order FAIL, ERROR, WAIVED, PASS, NOT_APPLICABLE
 * @param signOffs every sign-off of the approved revision, oldest first, each with its review round:
 *                 the approval is the last round's, together with, for a re-review after policy
 *                 drift (which starts at the policy stage), the earlier round's stages before it
 * @param audit    the design's latest audit event, or {@code null} when the trail has none
 */
@Schema(name = "DecisionRecord")
record DecisionRecord(long id, String team, String name, String owner, int revision, String yamlDigest,
                      String policyCommit, String tier, String decision, Instant approvedAt,
                      Map<String, List<FindingEntry>> findings, List<AttestationEntry> attestations,
                      List<WaiverView> waivers, List<HarmView> harms, List<SignOffView> signOffs, AuditSeal audit) {

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

    /** An audit event: its sequence number in the chain and its hash. */
    record AuditSeal(long seq, String hash) {
    }
}
