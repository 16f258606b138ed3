package dev.tenet.web.account;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Prepares the accounts once every bean exists: before the server takes requests and before any
 * {@code ApplicationRunner}, so demo data that names the demo users can rely on them. Demo users
 * come first, so that in the demo profile {@code ada} is the administrator.
 */
@Component
class AccountsStartup implements SmartInitializingSingleton {

    private final DemoSeed demoSeed;
    private final FirstAdmin firstAdmin;

    AccountsStartup(DemoSeed demoSeed, FirstAdmin firstAdmin) {
        this.demoSeed = demoSeed;
        this.firstAdmin = firstAdmin;
    }

    @Override
    public void afterSingletonsInstantiated() {
        demoSeed.seed();
        firstAdmin.ensure();
    }
}
