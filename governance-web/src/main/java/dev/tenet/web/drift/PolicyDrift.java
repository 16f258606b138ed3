package dev.tenet.web.drift;

import dev.tenet.web.submission.DriftedDesign;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A design that a policy change sent back to review, as recorded when it happened: written once,
 * then only dismissed from its owner's queue (a single statement, {@link PolicyDrifts#dismiss}).
 */
@Table("policy_drifts")
class PolicyDrift {

    @Id
    private final Long id;
    private final long designId;
    private final int revision;
    @Column("review_round")
    private final int round;
    private final String owner;
    private final String fromCommit;
    private final String toCommit;
    private final String tierBefore;
    private final String tierAfter;
    private final String decisionBefore;
    private final String decisionAfter;
    private final Instant detectedAt;
    private final Instant dismissedAt;
    @MappedCollection(idColumn = "drift_id", keyColumn = "position")
    private final List<DriftFinding> findings;

    @PersistenceCreator
    PolicyDrift(Long id, long designId, int revision, int round, String owner, String fromCommit, String toCommit,
                String tierBefore, String tierAfter, String decisionBefore, String decisionAfter, Instant detectedAt,
                Instant dismissedAt, List<DriftFinding> findings) {
        this.id = id;
        this.designId = designId;
        this.revision = revision;
        this.round = round;
        this.owner = owner;
        this.fromCommit = fromCommit;
        this.toCommit = toCommit;
        this.tierBefore = tierBefore;
        this.tierAfter = tierAfter;
        this.decisionBefore = decisionBefore;
        this.decisionAfter = decisionAfter;
        this.detectedAt = detectedAt;
        this.dismissedAt = dismissedAt;
        this.findings = new ArrayList<>(findings == null ? List.of() : findings);
    }

    static PolicyDrift of(DriftedDesign drifted, Instant now) {
        return new PolicyDrift(null, drifted.designId(), drifted.revision(), drifted.round(), drifted.owner(),
                drifted.fromCommit(), drifted.toCommit(), drifted.tierBefore(), drifted.tierAfter(),
                drifted.decisionBefore(), drifted.decisionAfter(), now, null,
                drifted.findings().stream().map(DriftFinding::of).toList());
    }

    /** The drift as pages and the API show it, for the design with this team and name. */
    DriftView view(String team, String name) {
        return new DriftView(id, designId, team, name, revision, round, fromCommit, toCommit, tierBefore, tierAfter,
                decisionBefore, decisionAfter, detectedAt, dismissedAt,
                findings.stream().map(DriftFinding::moved).toList());
    }

    Long id() {
        return id;
    }

    long designId() {
        return designId;
    }

    String owner() {
        return owner;
    }
}
