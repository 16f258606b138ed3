package dev.tenet.web.account;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A user as other code and the API see one: never the password.
 *
 * @param username    the sign-in name (lower case)
 * @param displayName the name the UI shows
 * @param team        the engineering team; empty for reviewers
 * @param roles       role names (see {@link Roles})
 * @param enabled     whether the user may sign in
 * @param createdAt   when the account was created
 */
public record Account(String username, String displayName, String team, Set<String> roles, boolean enabled,
                      Instant createdAt) {

    public Account {
        roles = Collections.unmodifiableSortedSet(new TreeSet<>(roles)); // listed in a stable order
    }
}
