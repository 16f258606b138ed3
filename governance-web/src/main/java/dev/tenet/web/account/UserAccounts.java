package dev.tenet.web.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stored accounts, in plain SQL that H2 and PostgreSQL read alike ({@code users} and
 * {@code user_roles} of V1).
 */
@Repository
class UserAccounts {

    private static final String SELECT = "SELECT id, username, display_name, password_hash, team, enabled, created_at"
            + " FROM users";

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE username = ?").param(username).query(UserAccounts::row).optional()
                .map(this::withRoles);
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(UserAccounts::row).optional().map(this::withRoles);
    }

    boolean existsByUsername(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE username = ?").param(username).query(Long.class).single() > 0;
    }

    /** Every account, by name. */
    List<UserAccount> findAll() {
        Map<Long, Set<String>> roles = new HashMap<>();
        jdbc.sql("SELECT user_id, role FROM user_roles").query((rs, n) -> roles
                .computeIfAbsent(rs.getLong("user_id"), id -> new HashSet<>()).add(rs.getString("role"))).list();
        return jdbc.sql(SELECT + " ORDER BY username").query(UserAccounts::row).list().stream()
                .map(account -> account.withRoles(roles.getOrDefault(account.id(), Set.of()))).toList();
    }

    /** The names of enabled accounts with the ADMIN role. */
    List<String> findEnabledAdminNames() {
        return jdbc.sql("SELECT u.username FROM users u JOIN user_roles r ON r.user_id = u.id"
                        + " WHERE r.role = ? AND u.enabled = TRUE ORDER BY u.username")
                .param(Roles.ADMIN).query(String.class).list();
    }

    UserAccount insert(UserAccount account) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO users (username, display_name, password_hash, team, enabled, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(account.username(), account.displayName(), account.passwordHash(), account.team(),
                        account.enabled(), OffsetDateTime.ofInstant(account.createdAt(), ZoneOffset.UTC))
                .update(key, "id");
        UserAccount saved = account.withId(key.getKeyAs(Long.class));
        insertRoles(saved.id(), saved.roles());
        return saved;
    }

    UserAccount updateRoles(UserAccount account) {
        jdbc.sql("DELETE FROM user_roles WHERE user_id = ?").param(account.id()).update();
        insertRoles(account.id(), account.roles());
        return account;
    }

    UserAccount updateEnabled(UserAccount account) {
        jdbc.sql("UPDATE users SET enabled = ? WHERE id = ?").params(account.enabled(), account.id()).update();
        return account;
    }

    private void insertRoles(long userId, Set<String> roles) {
        for (String role : roles) {
            jdbc.sql("INSERT INTO user_roles (user_id, role) VALUES (?, ?)").params(userId, role).update();
        }
    }

    private UserAccount withRoles(UserAccount account) {
        return account.withRoles(Set.copyOf(jdbc.sql("SELECT role FROM user_roles WHERE user_id = ?")
                .param(account.id()).query(String.class).list()));
    }

    private static UserAccount row(ResultSet rs, int rowNumber) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getString("team"), rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), Set.of());
    }
}
