package dev.tenet.web.audit;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

/**
 * The audit trail on its own database, migrated by Flyway: a data-layer slice (Boot 4 has no
 * JDBC test slice in this workplace), so these tests need neither the web layer nor a policy repository.
 * Each test class names its own in-memory H2 database.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class,
        TransactionAutoConfiguration.class})
@Import({AuditTrail.class, AuditEvents.class})
class AuditDatabase {

    static final String GENESIS = "0".repeat(64);

    /** Empties the trail, behind the application's back, as only a test may. */
    static void reset(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM audit_events");
        jdbc.update("UPDATE audit_head SET seq = 0, hash = ?", GENESIS);
    }

    static AuditEntry entry(String actor, String action, Long designId, String comment) {
        return new AuditEntry(actor, Instant.parse("2025-03-01T09:30:00.123456789Z"), action, designId,
                designId == null ? null : 1, "c0ffee", "ab12", comment);
    }
}
