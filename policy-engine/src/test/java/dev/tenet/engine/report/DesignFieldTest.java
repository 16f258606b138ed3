package dev.tenet.engine.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which design line a finding is about. */
class DesignFieldTest {

    @Test
    void designPathsLiveUnderSpecAndMetaPathsUnderMetadata() {
        assertThat(DesignField.sourcePath("design.data.encryption.atRest")).isEqualTo("spec.data.encryption.atRest");
        assertThat(DesignField.sourcePath("meta.name")).isEqualTo("metadata.name");
        assertThat(DesignField.sourcePath("design.attestations[\"legal-review\"].answer"))
                .isEqualTo("spec.attestations.legal-review.answer");
        assertThat(DesignField.sourcePath("design.capabilities[0]")).isEqualTo("spec.capabilities[0]");
    }

    @Test
    void aMetadataValueIsFoundInTheMetadata() {
        CheckedDesign chat = SampleDesigns.chatAssistant();

        DesignField field = DesignField.of(chat.design(), chat.evaluation().findings().get(1));

        assertThat(field.path()).isEqualTo("meta.name");
        assertThat(field.position()).hasToString("4:9");
    }
}
