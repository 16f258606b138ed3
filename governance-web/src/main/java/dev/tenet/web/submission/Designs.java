package dev.tenet.web.submission;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import java.util.List;
import java.util.Optional;

/** The designs under governance. */
public interface Designs extends ListCrudRepository<Design, Long>, PagingAndSortingRepository<Design, Long> {

    /** The design with this team and name, which together are unique. */
    Optional<Design> findByTeamAndName(String team, String name);

    /** The designs of one team. */
    List<Design> findByTeam(String team);

    /** The designs in a state. */
    List<Design> findByState(DesignState state);

    /** A page of every design. */
    Page<Design> findAll(Pageable pageable);
}
