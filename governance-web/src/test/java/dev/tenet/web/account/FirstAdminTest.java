package dev.tenet.web.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The first administrator comes from configuration, and a weak one stops the start. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    private final Accounts accounts = mock(Accounts.class);

    @Test
    void theConfiguredAdministratorIsCreatedWhenNoneCanSignIn() {
        when(accounts.hasUsableAdmin()).thenReturn(false);
        when(accounts.find("root")).thenReturn(Optional.empty());

        new FirstAdmin(new AdminProperties("root", "a-strong-admin-password"), accounts).ensure();

        verify(accounts).createUser("root", "Administrator", "", Set.of(Roles.ADMIN), "a-strong-admin-password");
    }

    @Test
    void noAdministratorIsCreatedWhenOneCanSignIn() {
        when(accounts.hasUsableAdmin()).thenReturn(true);

        new FirstAdmin(new AdminProperties("root", "a-strong-admin-password"), accounts).ensure();

        verify(accounts, never()).createUser(anyString(), anyString(), anyString(), anyCollection(), anyString());
    }

    @Test
    void aPasswordShorterThanTwelveCharactersStopsTheStart() {
        FirstAdmin firstAdmin = new FirstAdmin(new AdminProperties("root", "short-pass"), accounts);

        assertThatThrownBy(firstAdmin::ensure).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TENET_ADMIN_PASSWORD").hasMessageContaining("at least 12 characters")
                .hasMessageNotContaining("short-pass");
    }

    @Test
    void aUsernameWithoutAPasswordStopsTheStart() {
        FirstAdmin firstAdmin = new FirstAdmin(new AdminProperties("root", null), accounts);

        assertThatThrownBy(firstAdmin::ensure).hasMessageContaining("tenet.admin.password");
    }

    @Test
    void withoutAnyAdministratorTheLogSaysHowToConfigureOne(CapturedOutput output) {
        when(accounts.hasUsableAdmin()).thenReturn(false);

        new FirstAdmin(new AdminProperties(null, null), accounts).ensure();

        assertThat(output).contains("No administrator can sign in", "TENET_ADMIN_USERNAME", "TENET_ADMIN_PASSWORD");
        verify(accounts, never()).createUser(any(), any(), any(), any(), any());
    }

    @Test
    void anExistingUserOfTheConfiguredNameIsLeftAsItIs(CapturedOutput output) {
        when(accounts.hasUsableAdmin()).thenReturn(false);
        when(accounts.find("root")).thenReturn(Optional.of(new Account("root", "Root", "", Set.of(Roles.POLICY), true,
                Instant.EPOCH)));

        new FirstAdmin(new AdminProperties("root", "a-strong-admin-password"), accounts).ensure();

        verify(accounts, never()).createUser(any(), any(), any(), any(), any());
        assertThat(output).contains("left unchanged");
    }
}
