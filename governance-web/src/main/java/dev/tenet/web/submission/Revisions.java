package dev.tenet.web.submission;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

/** The immutable revisions of designs. */
public interface Revisions extends ListCrudRepository<Revision, Long> {

    /** One revision of a design. */
    Optional<Revision> findByDesignIdAndNumber(Long designId, int number);

    /** Every revision of a design, oldest first. */
    List<Revision> findByDesignIdOrderByNumber(Long designId);
}
