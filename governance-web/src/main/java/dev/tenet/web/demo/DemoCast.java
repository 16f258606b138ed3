package dev.tenet.web.demo;

import dev.tenet.web.account.Accounts;
import dev.tenet.web.account.Actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo users (DESIGN.md section 6) as the workflow sees them, read from their accounts: the
 * seeds act as these people, so the audit trail and every page show who did what.
 */
final class DemoCast {

    /** Every demo user the seeds act as; the account module creates them in the demo profile. */
    static final List<String> NAMES = List.of("erin", "evan", "riley", "rosa", "pat", "priya", "eli", "emma", "bo", "bea");

    private final Map<String, Actor> actors;

    private DemoCast(Map<String, Actor> actors) {
        this.actors = actors;
    }

    /** The cast, or the names of the demo users that have no account (yet). */
    static Optional<DemoCast> of(Accounts accounts, List<String> missing) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (String name : NAMES) {
            accounts.find(name).filter(account -> account.enabled()).ifPresentOrElse(
                    account -> actors.put(name, new Actor(account.username(), account.team(), account.roles())),
                    () -> missing.add(name));
        }
        return missing.isEmpty() ? Optional.of(new DemoCast(actors)) : Optional.empty();
    }

    /** The demo user with this name. */
    Actor get(String name) {
        Actor actor = actors.get(name);
        if (actor == null) {
            throw new IllegalArgumentException("no demo user " + name);
        }
        return actor;
    }

    /** The demo users with a role, in the order of {@link #NAMES}: the reviewers of a stage. */
    List<Actor> withRole(String role) {
        List<Actor> reviewers = new ArrayList<>();
        actors.values().stream().filter(actor -> actor.has(role)).forEach(reviewers::add);
        return reviewers;
    }
}
