package dev.tenet.web.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The signed-in user's personal API tokens. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokensApi {

    private final PersonalTokens tokens;

    TokensApi(PersonalTokens tokens) {
        this.tokens = tokens;
    }

    /** A token to create: a name to recognise it by, and optionally a lifetime. */
    record NewToken(@NotBlank @Size(max = 100) String name,
                    @Min(1) @Max(PersonalTokens.MAX_EXPIRY_DAYS) Integer expiresInDays) {
    }

    /** A token just created: the only response that ever holds its secret. */
    record CreatedToken(long id, String name, String token, Instant expiresAt) {
    }

    /** A token as listed: never its secret. */
    record TokenSummary(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

        static TokenSummary of(ApiToken token) {
            return new TokenSummary(token.id(), token.name(), token.createdAt(), token.expiresAt(), token.lastUsedAt());
        }
    }

    @PostMapping
    ResponseEntity<CreatedToken> create(Actor actor, @Valid @RequestBody NewToken request) {
        PersonalTokens.Issued issued = tokens.issue(actor.username(), request.name(), request.expiresInDays());
        ApiToken token = issued.token();
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new CreatedToken(token.id(), token.name(), issued.secret(), token.expiresAt()));
    }

    @GetMapping
    List<TokenSummary> list(Actor actor) {
        return tokens.list(actor.username()).stream().map(TokenSummary::of).toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(Actor actor, @PathVariable long id) {
        tokens.revoke(actor.username(), id);
        return ResponseEntity.noContent().build();
    }
}
