package dev.tenet.web.account;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** How tokens are hashed and when they expire. */
class PersonalTokensTest {

    @Test
    void aTokenIsStoredAsTheLowerCaseHexSha256OfItsText() {
        assertThat(PersonalTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aTokenExpiresAtItsExpiryInstant() {
        Instant expiry = Instant.parse("2030-01-01T00:00:00Z");
        ApiToken token = new ApiToken(1L, 1, "ci", "hash", expiry.minusSeconds(3600), expiry, null);

        assertThat(token.expiredAt(expiry.minusSeconds(1))).isFalse();
        assertThat(token.expiredAt(expiry)).isTrue();
    }

    @Test
    void aTokenWithoutExpiryNeverExpires() {
        ApiToken token = new ApiToken(1L, 1, "ci", "hash", Instant.EPOCH, null, null);

        assertThat(token.expiredAt(Instant.parse("2999-01-01T00:00:00Z"))).isFalse();
    }
}
