package dev.tenet.web.drift;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.time.OffsetDateTime;
import java.util.List;

/** The drifts recorded, each design's oldest first. */
interface PolicyDrifts extends ListCrudRepository<PolicyDrift, Long> {

    /** Every drift of a design, oldest first: its history. */
    List<PolicyDrift> findByDesignIdOrderByDetectedAtAscIdAsc(long designId);

    /** The drifts an owner has not dismissed, newest first: their notices. */
    List<PolicyDrift> findByOwnerAndDismissedAtIsNullOrderByDetectedAtDescIdDesc(String owner);

    /** Dismisses a notice once; a second dismissal changes nothing. */
    @Modifying
    @Query("UPDATE policy_drifts SET dismissed_at = :at WHERE id = :id AND dismissed_at IS NULL")
    int dismiss(@Param("id") long id, @Param("at") OffsetDateTime at);
}
