package dev.tenet.web.design;

import java.util.List;

/**
 * A design's pinned evaluation as the pages show it, read back from the JSON stored at submission.
 *
 * @param policyCommit the policy commit it was evaluated at
 * @param tier         the risk tier ({@code low}, {@code medium}, {@code high})
 * @param decision     the decision ({@code BLOCKED}, {@code NEEDS_WAIVER}, ...)
 * @param findings     one per rule, in the engine's order
 * @param attestations the checklist, by stage order then id
 */
record PinnedEvaluation(String policyCommit, String tier, String decision, List<FindingView> findings,
                        List<AttestationView> attestations) {

    PinnedEvaluation {
        findings = List.copyOf(findings);
        attestations = List.copyOf(attestations);
    }

    /** Nothing evaluated yet: a draft. */
    static PinnedEvaluation none() {
        return new PinnedEvaluation("", "", "", List.of(), List.of());
    }

    public boolean isEmpty() {
        return policyCommit.isEmpty();
    }

    /** What one rule found, with what a reviewer needs to see why. */
    record FindingView(String policy, String policyVersion, String principle, String rule, String outcome,
                       String enforcement, String severity, String message, String remediation, String detail,
                       List<ValueRead> values, String location, String waiverNote) {

        FindingView {
            values = List.copyOf(values);
        }

        /** {@code policy/rule}. */
        public String key() {
            return policy + "/" + rule;
        }

        /** Whether the rule failed (or could not be evaluated). */
        public boolean failed() {
            return "FAIL".equals(outcome) || "ERROR".equals(outcome);
        }

        /** Whether the policy stage may waive it: a soft-mandatory failure. */
        public boolean waivable() {
            return failed() && "soft-mandatory".equals(enforcement);
        }

        /**
         * One line on the finding: the rule's message for a failure or a waiver (messages say what
         * is wrong), otherwise why it passed: its detail, or the values it read.
         */
        public String explanation() {
            if (failed() || "WAIVED".equals(outcome)) {
                return message;
            }
            if (!detail.isEmpty()) {
                return detail;
            }
            return values.stream().map(v -> v.path() + (v.set() ? " is " + v.value() : " is not set"))
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        /** Failures first, then waived, passed and not-applicable findings. */
        int rank() {
            return switch (outcome) {
                case "FAIL", "ERROR" -> 0;
                case "WAIVED" -> 1;
                case "PASS" -> 2;
                default -> 3;
            };
        }
    }

    /** A value of the design that a rule read; {@code set} is false when the design does not set it. */
    record ValueRead(String path, String value, boolean set) {
    }

    /** One checklist question and where its answer stands. */
    record AttestationView(String id, String policy, String stage, String question, String status, String answer,
                           String evidence, String evidenceRequired) {

        /** Whether the evidence is a web link that is safe to follow (never a {@code javascript:} URL). */
        public boolean evidenceIsLink() {
            String lower = evidence.toLowerCase(java.util.Locale.ROOT);
            return lower.startsWith("https://") || lower.startsWith("http://");
        }
    }
}
