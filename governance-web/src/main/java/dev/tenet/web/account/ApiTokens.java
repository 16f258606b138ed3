package dev.tenet.web.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The personal API tokens ({@code api_tokens} of V1), in plain SQL. */
@Repository
class ApiTokens {

    private static final String SELECT = "SELECT id, user_id, name, token_hash, created_at, expires_at, last_used_at"
            + " FROM api_tokens";

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ApiToken> findByTokenHash(String tokenHash) {
        return jdbc.sql(SELECT + " WHERE token_hash = ?").param(tokenHash).query(ApiTokens::row).optional();
    }

    List<ApiToken> findByUserId(long userId) {
        return jdbc.sql(SELECT + " WHERE user_id = ? ORDER BY created_at, id").param(userId).query(ApiTokens::row)
                .list();
    }

    ApiToken insert(ApiToken token) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO api_tokens (user_id, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(token.userId(), token.name(), token.tokenHash(), utc(token.createdAt()), utc(token.expiresAt()))
                .update(key, "id");
        return token.withId(key.getKeyAs(Long.class));
    }

    /** Deletes a token if this user owns it; the number of tokens deleted. */
    int deleteOwned(long id, long userId) {
        return jdbc.sql("DELETE FROM api_tokens WHERE id = ? AND user_id = ?").params(id, userId).update();
    }

    void touch(long id, Instant at) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE id = ?").params(utc(at), id).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static ApiToken row(ResultSet rs, int rowNumber) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"), rs.getString("token_hash"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"));
    }
}
