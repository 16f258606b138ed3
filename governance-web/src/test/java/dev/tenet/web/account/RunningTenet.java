package dev.tenet.web.account;

import dev.tenet.web.persistence.TemporaryPolicyRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application running on loopback outside the demo profile, with a configured first
 * administrator, its own H2 database and a policy repository in a temporary folder. The HTTP
 * tests of this package share it (one Spring context); each makes its own users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "tenet.admin.username=" + RunningTenet.ADMIN,
        "tenet.admin.password=" + RunningTenet.ADMIN_PASSWORD})
@Import(ActorEcho.class)
abstract class RunningTenet {

    static final String ADMIN = "root";
    static final String ADMIN_PASSWORD = "first-admin-password";
    static final String PASSWORD = "a-long-enough-password";
    private static final AtomicInteger USERS = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TemporaryPolicyRepository.register(registry, "tenet-account-test");
    }

    Http client() {
        return Http.client(port);
    }

    Http browser() {
        return Http.browser(port);
    }

    /** A new user with {@link #PASSWORD}: its name starts with {@code prefix}. */
    String user(String prefix, String team, String... roles) {
        String username = prefix + "-" + USERS.incrementAndGet();
        accounts.createUser(username, "Test " + username, team, List.of(roles), PASSWORD);
        return username;
    }

    /** A user's row written behind the application's back, as an earlier run might have left it. */
    long insertUser(String username, String team, String role, String rawPassword) {
        long id = jdbc.sql("INSERT INTO users (username, display_name, password_hash, team, enabled, created_at)"
                        + " VALUES (?, ?, ?, ?, TRUE, CURRENT_TIMESTAMP)")
                .params(username, username, passwords.encode(rawPassword), team).update() == 1
                ? jdbc.sql("SELECT id FROM users WHERE username = ?").param(username).query(Long.class).single()
                : -1;
        jdbc.sql("INSERT INTO user_roles (user_id, role) VALUES (?, ?)").params(id, role).update();
        return id;
    }

    long userId(String username) {
        return jdbc.sql("SELECT id FROM users WHERE username = ?").param(username).query(Long.class).single();
    }
}
