package dev.tenet.web.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created at startup when no administrator can sign in
 * ({@code TENET_ADMIN_USERNAME}, {@code TENET_ADMIN_PASSWORD}).
 *
 * @param username the administrator's sign-in name; empty for none
 * @param password at least 12 characters
 */
@ConfigurationProperties("tenet.admin")
record AdminProperties(String username, String password) {

    AdminProperties {
        username = username == null ? "" : username.strip();
        password = password == null ? "" : password;
    }

    boolean configured() {
        return !username.isEmpty() || !password.isEmpty();
    }

    @Override
    public String toString() {
        return "AdminProperties[username=" + username + "]"; // never the password
    }
}
