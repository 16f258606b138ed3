package dev.tenet.web.account;

import dev.tenet.web.TenetApplication;
import dev.tenet.web.persistence.TemporaryPolicyRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A configured administrator password shorter than 12 characters stops the application. */
class FirstAdminStartupTest {

    @Test
    void theApplicationDoesNotStartWithAShortAdministratorPassword(@TempDir Path folder) throws IOException {
        Path repository = TemporaryPolicyRepository.create(Files.createDirectories(folder.resolve("policies-repo")));
        SpringApplicationBuilder application = new SpringApplicationBuilder(TenetApplication.class).properties(
                "server.port=0", "server.address=127.0.0.1",
                "tenet.data-dir=" + folder.resolve("data"),
                "tenet.policies.repository=" + repository,
                "tenet.admin.username=root",
                "tenet.admin.password=too-short");

        assertThatThrownBy(() -> application.run().close())
                .hasMessageContaining("tenet.admin.password (TENET_ADMIN_PASSWORD) is too short")
                .hasMessageContaining("at least 12 characters");
    }
}
