package dev.tenet.web.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The users of Tenet: creating them (BCrypt-hashed passwords), their roles, disabling them.
 * Refuses what {@link AccountRules} refuses, demo names and the demo password outside the demo
 * profile, and any change that would leave no enabled administrator.
 */
@Service
public class Accounts {

    private final UserAccounts users;
    private final PasswordEncoder passwords;
    private final DemoAccounts demo;
    private final Clock clock;

    Accounts(UserAccounts users, PasswordEncoder passwords, DemoAccounts demo, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.demo = demo;
        this.clock = clock;
    }

    /**
     * Creates an enabled user.
     *
     * @throws AccountException INVALID naming the field at fault, CONFLICT for a taken name
     */
    @Transactional
    public Account createUser(String username, String displayName, String team, Collection<String> roles,
                              String rawPassword) {
        String name = AccountRules.username(username);
        if (demo.refusesUsername(name)) {
            throw AccountException.invalid("username", "'" + name + "' is a demo account, refused outside the"
                    + " demo profile");
        }
        String display = AccountRules.displayName(displayName);
        String teamName = AccountRules.team(team);
        Set<String> roleNames = AccountRules.roles(roles, teamName);
        String password = AccountRules.password(rawPassword, demo);
        if (users.existsByUsername(name)) {
            throw AccountException.conflict("username", "A user named '" + name + "' exists already.");
        }
        UserAccount account = UserAccount.create(name, display, teamName, roleNames, passwords.encode(password),
                clock.instant());
        return users.insert(account).view();
    }

    /** Every user, by name. */
    public List<Account> listUsers() {
        return users.findAll().stream().map(UserAccount::view).toList();
    }

    /** The user with this name. */
    public Optional<Account> find(String username) {
        return users.findByUsername(AccountRules.normalize(username)).map(UserAccount::view);
    }

    /** Replaces a user's roles. */
    @Transactional
    public Account setRoles(String username, Collection<String> roles) {
        UserAccount account = existing(username);
        Set<String> roleNames = AccountRules.roles(roles, account.team());
        if (!roleNames.contains(Roles.ADMIN)) {
            requireAnotherAdmin(account, "take the ADMIN role from");
        }
        return users.updateRoles(account.withRoles(roleNames)).view();
    }

    /** Stops a user from signing in, with any method; their API tokens stop working too. */
    @Transactional
    public Account disable(String username) {
        UserAccount account = existing(username);
        requireAnotherAdmin(account, "disable");
        return users.updateEnabled(account.withEnabled(false)).view();
    }

    /** Lets a disabled user sign in again. */
    @Transactional
    public Account enable(String username) {
        return users.updateEnabled(existing(username).withEnabled(true)).view();
    }

    /** Whether some enabled administrator can sign in in this profile. */
    public boolean hasUsableAdmin() {
        return users.findEnabledAdminNames().stream().anyMatch(name -> !demo.refusesUsername(name));
    }

    private UserAccount existing(String username) {
        return users.findByUsername(AccountRules.normalize(username))
                .orElseThrow(() -> AccountException.notFound("No user named '" + username + "'."));
    }

    private void requireAnotherAdmin(UserAccount account, String action) {
        if (account.enabled() && account.has(Roles.ADMIN)
                && users.findEnabledAdminNames().stream()
                .noneMatch(name -> !name.equals(account.username()) && !demo.refusesUsername(name))) {
            throw AccountException.conflict("username", "Cannot " + action + " '" + account.username()
                    + "': they are the last enabled administrator.");
        }
    }
}
