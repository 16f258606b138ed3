package dev.tenet.web.audit;

import dev.tenet.web.persistence.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.tenet.web.audit.AuditDatabase.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain on PostgreSQL, the production database: the head's row lock, typed nulls, timestamps
 * read back to the microsecond, and paging. Skipped when no server answers, except on CI.
 */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest(classes = AuditDatabase.class)
class AuditTrailPostgresTest {

    private static final String SCHEMA = PostgresDatabase.freshSchemaName();

    @Autowired
    AuditTrail trail;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditEvents events;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresDatabase.url(SCHEMA));
        registry.add("spring.datasource.username", PostgresDatabase::user);
        registry.add("spring.datasource.password", PostgresDatabase::password);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        try {
            PostgresDatabase.drop(SCHEMA);
        } catch (SQLException e) {
            // no server, no schema: the condition has said why
        }
    }

    @BeforeEach
    void emptyTrail() {
        AuditDatabase.reset(jdbc);
    }

    @Test
    void eventsReadBackToTheirHashesAndAnEditIsFound() {
        transaction.executeWithoutResult(tx -> {
            trail.append(entry("erin", "CREATED", 1L, "é 😀 \"quoted\"\n"));
            trail.append(entry("ada", "USER_CREATED", null, ""));
            trail.append(entry("pat", "APPROVED", 1L, "fine"));
        });
        assertThat(trail.verify()).isEqualTo(new Verification(true, 3, null));

        jdbc.update("UPDATE audit_events SET at = at + INTERVAL '1 microsecond' WHERE seq = 2");

        assertThat(trail.verify()).isEqualTo(new Verification(false, 3, 2L));
    }

    @Test
    void aDeletedEventIsFound() {
        transaction.executeWithoutResult(tx -> {
            for (int i = 0; i < 5; i++) {
                trail.append(entry("erin", "REVIEWED", 1L, ""));
            }
        });

        jdbc.update("DELETE FROM audit_events WHERE seq = 4");

        assertThat(trail.verify()).isEqualTo(new Verification(false, 4, 4L));
    }

    @Test
    void eightConcurrentWritersProduceOneGapFreeValidChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                String actor = "writer" + w;
                work.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        transaction.executeWithoutResult(tx -> trail.append(entry(actor, "REVIEWED", 1L, "")));
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

        assertThat(trail.verify()).isEqualTo(new Verification(true, 200, null));
    }

    @Test
    void pagesThroughTheVisibleDesignsEvents() {
        transaction.executeWithoutResult(tx -> {
            trail.append(entry("erin", "CREATED", 1L, ""));
            trail.append(entry("otto", "CREATED", 2L, ""));
            trail.append(entry("erin", "SUBMITTED", 1L, ""));
        });

        EventPage page = events.page(EventFilter.within(null, java.util.Set.of(1L, 3L)), 0, 1);

        assertThat(page.events()).extracting(AuditEvent::seq).containsExactly(3L);
        assertThat(page.totalElements()).isEqualTo(2);
    }
}
