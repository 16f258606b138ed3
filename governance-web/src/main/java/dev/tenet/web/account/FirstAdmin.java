package dev.tenet.web.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Makes sure someone can administer Tenet: creates the administrator of {@code tenet.admin.*} at
 * startup when no enabled administrator can sign in. A configured password shorter than 12
 * characters stops the application; no administrator at all is worth a warning.
 */
@Component
class FirstAdmin {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AdminProperties admin;
    private final Accounts accounts;

    FirstAdmin(AdminProperties admin, Accounts accounts) {
        this.admin = admin;
        this.accounts = accounts;
    }

    void ensure() {
        if (admin.configured()) {
            check(admin);
        }
        if (accounts.hasUsableAdmin()) {
            return;
        }
        if (!admin.configured()) {
            log.warn("No administrator can sign in: nobody can manage users. Set TENET_ADMIN_USERNAME and"
                    + " TENET_ADMIN_PASSWORD (tenet.admin.username, tenet.admin.password; at least 12 characters)"
                    + " and restart to create one.");
            return;
        }
        if (accounts.find(admin.username()).isPresent()) {
            log.warn("No administrator can sign in, and the configured administrator '{}' is an existing user who is"
                    + " not an enabled administrator: it is left unchanged. Configure another tenet.admin.username.",
                    admin.username());
            return;
        }
        try {
            accounts.createUser(admin.username(), "Administrator", "", Set.of(Roles.ADMIN), admin.password());
        } catch (AccountException e) {
            throw new IllegalStateException("Cannot create the administrator of tenet.admin.*: " + e.getMessage(), e);
        }
        log.info("Created the administrator '{}' from tenet.admin.username.", admin.username());
    }

    private static void check(AdminProperties admin) {
        if (admin.username().isEmpty() || admin.password().isEmpty()) {
            throw new IllegalStateException("Set both tenet.admin.username and tenet.admin.password"
                    + " (TENET_ADMIN_USERNAME, TENET_ADMIN_PASSWORD), or neither.");
        }
        if (admin.password().length() < AccountRules.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("tenet.admin.password (TENET_ADMIN_PASSWORD) is too short: it needs at"
                    + " least " + AccountRules.MIN_PASSWORD_LENGTH + " characters. Tenet does not start with a weak"
                    + " administrator password.");
        }
    }
}
