package dev.tenet.web.audit;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;

/**
 * Which events a reader sees: optionally one design's, and either every design's (and the events
 * about no design) or only those of a set of designs.
 *
 * @param designId   the one design asked for, or {@code null} for all the reader may see
 * @param allDesigns whether the reader may see every event
 * @param designs    when not {@code allDesigns}: the designs whose events the reader may see
 */
record EventFilter(Long designId, boolean allDesigns, Set<Long> designs) {

    EventFilter {
        designs = Set.copyOf(designs);
    }

    static EventFilter everything(Long designId) {
        return new EventFilter(designId, true, Set.of());
    }

    static EventFilter within(Long designId, Set<Long> designs) {
        return new EventFilter(designId, false, designs);
    }

    boolean matchesNothing() {
        return !allDesigns && designs.isEmpty();
    }

    String where() {
        String byDesign = designId == null ? "" : "design_id = :design";
        String visible = allDesigns ? "" : "design_id IN (:visible)";
        if (byDesign.isEmpty() && visible.isEmpty()) {
            return "";
        }
        return " WHERE " + (byDesign.isEmpty() ? visible : visible.isEmpty() ? byDesign : byDesign + " AND " + visible);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        if (designId != null) {
            statement = statement.param("design", designId);
        }
        return allDesigns ? statement : statement.param("visible", designs);
    }
}
