package dev.tenet.web.design;

import dev.tenet.web.account.Actor;
import dev.tenet.web.browser.DemoApplication;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.DesignNotFoundException;
import dev.tenet.web.submission.Designs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.server.ResponseStatusException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decision record's Markdown and JSON over the browser session, beside the API's. */
class RecordDownloadsTest extends DemoApplication {

    static final Actor BO = new Actor("bo", "", Set.of("BOARD"));
    static final Actor TOM = new Actor("tom", "talent", Set.of("ENGINEER"));

    @Autowired
    DesignPageController controller;
    @Autowired
    Designs designs;

    private Design seeded(String name) {
        return designs.findByTeamAndName("claims", name).orElseThrow();
    }

    @Test
    void anApprovedDesignsRecordDownloadsAsMarkdown() {
        var response = controller.recordMarkdown(seeded("claims-triage").id(), BO);

        assertThat(response.getHeaders().getContentType()).hasToString("text/markdown;charset=UTF-8");
        assertThat(response.getBody()).startsWith("# Decision record: claims/claims-triage").contains("Approved at");
    }

    @Test
    void anApprovedDesignsRecordDownloadsAsJson() {
        assertThat(controller.recordJson(seeded("claims-triage").id(), BO)).isNotNull();
    }

    @Test
    void aDesignThatIsNotApprovedHasNoRecordToDownload() {
        long id = seeded("claim-form-extraction").id();

        assertThatThrownBy(() -> controller.recordMarkdown(id, BO)).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("not APPROVED");
    }

    @Test
    void anEngineerOfAnotherTeamCannotDownloadTheRecord() {
        long id = seeded("claims-triage").id();

        assertThatThrownBy(() -> controller.recordMarkdown(id, TOM)).isInstanceOf(DesignNotFoundException.class);
    }
}
