package dev.tenet.web.account;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which actor an authentication stands for. */
class CurrentActorTest {

    @Test
    void nobodyIsSignedInWithoutAnAuthentication() {
        assertThat(CurrentActor.from(null)).isEmpty();
    }

    @Test
    void anAnonymousRequestHasNoActor() {
        AnonymousAuthenticationToken anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(CurrentActor.from(anonymous)).isEmpty();
    }

    @Test
    void aSignedInUserIsTheirActorWithTeamAndRoles() {
        Actor erin = new Actor("erin", "claims", Set.of(Roles.ENGINEER));
        SignedInUser user = SignedInUser.of(erin);

        assertThat(CurrentActor.from(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())))
                .contains(erin);
    }

    @Test
    void anyOtherPrincipalIsAnActorWithTheRolesOfItsAuthorities() {
        var mock = UsernamePasswordAuthenticationToken.authenticated("pat", null,
                AuthorityUtils.createAuthorityList("ROLE_POLICY", "FACTOR_PASSWORD"));

        assertThat(CurrentActor.from(mock)).contains(new Actor("pat", "", Set.of(Roles.POLICY)));
    }

    @Test
    void aSignedInUsersAuthoritiesAreItsRoles() {
        SignedInUser user = SignedInUser.of(new Actor("bo", "", Set.of(Roles.BOARD, Roles.ADMIN)));

        assertThat(AuthorityUtils.authorityListToSet(user.getAuthorities())).containsExactlyInAnyOrder(
                "ROLE_ADMIN", "ROLE_BOARD");
    }
}
