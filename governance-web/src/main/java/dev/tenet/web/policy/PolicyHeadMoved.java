package dev.tenet.web.policy;

import java.time.Instant;

/**
 * Published after the policy branch's head moved and its bundle loaded: from then on
 * {@link PolicyService#current()} is the bundle at {@code to}. Listeners re-check what was decided
 * at earlier commits (drift). Not published for a head that does not load.
 *
 * @param from the commit that was current before
 * @param to   the commit that is current now
 * @param at   when the application switched
 */
public record PolicyHeadMoved(String from, String to, Instant at) {
}
