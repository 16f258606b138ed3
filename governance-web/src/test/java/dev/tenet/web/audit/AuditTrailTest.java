package dev.tenet.web.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.tenet.web.audit.AuditDatabase.GENESIS;
import static dev.tenet.web.audit.AuditDatabase.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = AuditDatabase.class,
        properties = "spring.datasource.url=jdbc:h2:mem:audit-trail;DB_CLOSE_DELAY=-1")
class AuditTrailTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyTrail() {
        AuditDatabase.reset(jdbc);
    }

    @Test
    void theFirstEventLinksToTheGenesisHashAndMovesTheHead() {
        AuditEvent event = transaction.execute(tx -> trail.append(entry("erin", "CREATED", 1L, "")));

        assertThat(event.seq()).isEqualTo(1);
        assertThat(event.prevHash()).isEqualTo(GENESIS);
        assertThat(event.hash()).isEqualTo(CanonicalEvent.hash(GENESIS, 1, event.entry()));
        assertThat(jdbc.queryForMap("SELECT seq, hash FROM audit_head WHERE id = 1"))
                .containsEntry("SEQ", 1L).containsEntry("HASH", event.hash());
    }

    @Test
    void eachEventLinksToThePreviousOne() {
        AuditEvent first = transaction.execute(tx -> trail.append(entry("erin", "CREATED", 1L, "")));
        AuditEvent second = transaction.execute(tx -> trail.append(entry("erin", "SUBMITTED", 1L, "")));

        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.prevHash()).isEqualTo(first.hash());
    }

    @Test
    void storedEventsReadBackToTheHashesTheyWereStoredWith() {
        transaction.executeWithoutResult(tx -> {
            trail.append(entry("erin", "CREATED", 1L, "quotes \" backslash \\ newline \n unicode é 😀"));
            trail.append(entry("ada", "USER_CREATED", null, ""));
            trail.append(entry("pat", "APPROVED", 1L, "x".repeat(5000)));
        });

        assertThat(trail.verify()).isEqualTo(new Verification(true, 3, null));
    }

    @Test
    void anEmptyTrailIsValid() {
        assertThat(trail.verify()).isEqualTo(new Verification(true, 0, null));
    }

    @Test
    void refusesToAppendOutsideATransaction() {
        assertThatThrownBy(() -> trail.append(entry("erin", "CREATED", 1L, "")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_events", Long.class)).isZero();
    }

    @Test
    void aRolledBackTransactionLeavesNoEventAndTheHeadWhereItWas() {
        transaction.executeWithoutResult(tx -> trail.append(entry("erin", "CREATED", 1L, "")));

        transaction.executeWithoutResult(tx -> {
            trail.append(entry("erin", "SUBMITTED", 1L, ""));
            tx.setRollbackOnly();
        });
        AuditEvent next = transaction.execute(tx -> trail.append(entry("erin", "WITHDRAWN", 1L, "")));

        assertThat(jdbc.queryForList("SELECT action FROM audit_events ORDER BY seq", String.class))
                .containsExactly("CREATED", "WITHDRAWN");
        assertThat(next.seq()).isEqualTo(2);
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void eightConcurrentWritersProduceOneGapFreeValidChain() throws Exception {
        int writers = 8;
        int eventsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String actor = "writer" + w;
                work.add(() -> {
                    for (int i = 0; i < eventsEach; i++) {
                        long design = i;
                        transaction.executeWithoutResult(tx -> trail.append(entry(actor, "REVIEWED", design, "")));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.queryForList("SELECT seq FROM audit_events ORDER BY seq", Long.class))
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, writers * eventsEach)
                        .boxed().toList());
        assertThat(trail.verify()).isEqualTo(new Verification(true, writers * eventsEach, null));
    }

    @Test
    void listsADesignsEventsInChainOrder() {
        transaction.executeWithoutResult(tx -> {
            trail.append(entry("erin", "CREATED", 1L, ""));
            trail.append(entry("evan", "CREATED", 2L, ""));
            trail.append(entry("erin", "SUBMITTED", 1L, ""));
        });

        assertThat(trail.eventsOf(1L)).extracting(e -> e.entry().action()).containsExactly("CREATED", "SUBMITTED");
    }
}
