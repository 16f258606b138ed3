package dev.tenet.web.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Set;

/** In the demo profile, creates the demo users (password {@code demo}) that do not exist yet. */
@Component
class DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    private final DemoAccounts demo;
    private final Accounts accounts;

    DemoSeed(DemoAccounts demo, Accounts accounts) {
        this.demo = demo;
        this.accounts = accounts;
    }

    void seed() {
        if (!demo.active()) {
            return;
        }
        int created = 0;
        for (DemoAccounts.DemoUser user : DemoAccounts.USERS) {
            if (accounts.find(user.username()).isEmpty()) {
                accounts.createUser(user.username(), user.displayName(), user.team(), Set.of(user.role()),
                        DemoAccounts.PASSWORD);
                created++;
            }
        }
        log.warn("Demo profile: {} demo users ready ({} created now), each with the password '{}'. Never run the"
                + " demo profile in production.", DemoAccounts.USERS.size(), created, DemoAccounts.PASSWORD);
    }
}
