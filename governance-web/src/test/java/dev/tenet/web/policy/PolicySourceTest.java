package dev.tenet.web.policy;

import dev.tenet.engine.git.GitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the policy repository is read from, and that credentials in its URL are never shown. */
class PolicySourceTest {

    @TempDir
    Path folder;

    @Test
    void aUrlIsShownWithoutTheCredentialsWrittenIntoIt() {
        assertThat(PolicySource.withoutCredentials("https://tenet:ghp_s3cret@github.com/acme/policies.git"))
                .isEqualTo("https://github.com/acme/policies.git");
        assertThat(PolicySource.withoutCredentials("https://ghp_s3cret@github.com/acme/policies.git"))
                .isEqualTo("https://github.com/acme/policies.git");
        assertThat(PolicySource.withoutCredentials("https://bot:p@ss@git.example/policies"))
                .isEqualTo("https://git.example/policies");
    }

    @Test
    void aUrlWithoutCredentialsAndALocalPathAreShownAsTheyAre() {
        assertThat(PolicySource.withoutCredentials("https://github.com/acme/policies.git"))
                .isEqualTo("https://github.com/acme/policies.git");
        assertThat(PolicySource.withoutCredentials("file:///srv/git/policies.git")).isEqualTo("file:///srv/git/policies.git");
        assertThat(PolicySource.withoutCredentials("/srv/git/team@work/policies")).isEqualTo("/srv/git/team@work/policies");
    }

    @Test
    void aMessageNamesTheRepositoryWithoutCredentialsWhereverAUrlAppears() {
        String url = "https://tenet:ghp_s3cret@github.com/acme/policies.git";

        String message = PolicySource.redact("cannot fetch " + url + ": https://tenet@github.com/acme/policies.git:"
                + " not authorized", url, PolicySource.withoutCredentials(url));

        assertThat(message).isEqualTo("cannot fetch https://github.com/acme/policies.git:"
                + " https://github.com/acme/policies.git: not authorized");
    }

    @Test
    void aRemoteThatCannotBeClonedFailsWithoutShowingItsCredentialsOrLeavingAFolder() {
        String url = "https://tenet:ghp_s3cret@127.0.0.1:1/acme/policies.git";

        assertThatThrownBy(() -> PolicySource.of(url, folder.resolve("data")))
                .isInstanceOf(GitException.class)
                .hasMessageContaining("https://127.0.0.1:1/acme/policies.git")
                .hasMessageContaining("tenet.policies.repository")
                .hasMessageNotContaining("ghp_s3cret")
                .hasNoCause();
        assertThat(folder.resolve("data").resolve(PolicySource.MIRRORS).toFile().list()).isNullOrEmpty();
    }

    @Test
    void aLocalFolderIsReadInPlaceAndShownAsItsAbsolutePath() {
        PolicySource source = PolicySource.of(".", folder.resolve("data"));

        assertThat(source.isRemote()).isFalse();
        assertThat(source.address()).isEqualTo(Path.of("").toAbsolutePath().toString());
        assertThat(source.fetch()).isEmpty();
    }
}
