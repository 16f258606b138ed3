package dev.tenet.model.evaluation;

/** Where a checklist question stands for a design. */
public enum AttestationStatus {
    /** Answered yes, with evidence where the attestation requires it. */
    ANSWERED,
    /** Not answered yet. */
    MISSING,
    /** Answered yes, but without the evidence link the attestation requires. */
    EVIDENCE_MISSING,
    /** Answered no: the thing asked about has not been done. The stage cannot approve on it. */
    DECLINED;

    /** Whether a stage may approve with the attestation in this state. */
    public boolean isSatisfied() {
        return this == ANSWERED;
    }
}
