package dev.tenet.web.audit;

import dev.tenet.web.policy.PolicyHeadMoved;
import dev.tenet.web.policy.PolicyHeadRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends the policy library's moves to the trail: each head the application switched to
 * ({@code POLICY_HEAD_MOVED}) and each it refused because it does not load
 * ({@code POLICY_HEAD_REFUSED}, with the first problems). These events concern no design; their
 * actor is {@value #SYSTEM}. The sync publishes outside any transaction, so each append has its own.
 */
@Component
class PolicyHeadRecorder {

    /** The actor of events the application itself causes. */
    static final String SYSTEM = "tenet";
    private static final int PROBLEMS_SHOWN = 5;

    private final AuditTrail trail;
    private final TransactionTemplate transactions;

    PolicyHeadRecorder(AuditTrail trail, PlatformTransactionManager transactionManager) {
        this.trail = trail;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener
    void on(PolicyHeadMoved moved) {
        append(new AuditEntry(SYSTEM, moved.at(), "POLICY_HEAD_MOVED", null, null, moved.to(), "",
                "policy library moved from " + moved.from() + " to " + moved.to()));
    }

    @EventListener
    void on(PolicyHeadRefused refused) {
        StringBuilder comment = new StringBuilder("refused ").append(refused.commit())
                .append(": it does not load; still serving ").append(refused.serving());
        refused.problems().stream().limit(PROBLEMS_SHOWN).forEach(problem -> comment.append('\n').append(problem));
        if (refused.problems().size() > PROBLEMS_SHOWN) {
            comment.append("\n(").append(refused.problems().size() - PROBLEMS_SHOWN).append(" more)");
        }
        append(new AuditEntry(SYSTEM, refused.at(), "POLICY_HEAD_REFUSED", null, null, refused.commit(), "",
                comment.toString()));
    }

    private void append(AuditEntry entry) {
        transactions.executeWithoutResult(status -> trail.append(entry));
    }
}
