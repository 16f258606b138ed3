package dev.tenet.web.account;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Loads the principal for a sign-in by password (form or HTTP Basic) or by API token. Demo
 * accounts do not exist outside the demo profile, whatever the database holds.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts users;
    private final DemoAccounts demo;

    AccountUserDetailsService(UserAccounts users, DemoAccounts demo) {
        this.users = users;
        this.demo = demo;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        String name = AccountRules.normalize(username);
        return Optional.of(name).filter(candidate -> !demo.refusesUsername(candidate))
                .flatMap(users::findByUsername).map(UserAccount::principal)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** The principal of the account with this id, under the same rule. */
    Optional<SignedInUser> loadById(long id) {
        return users.findById(id).filter(account -> !demo.refusesUsername(account.username()))
                .map(UserAccount::principal);
    }
}
