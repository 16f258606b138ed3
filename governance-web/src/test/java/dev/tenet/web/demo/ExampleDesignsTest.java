package dev.tenet.web.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExampleDesignsTest {

    private static final String EXAMPLE = """
            apiVersion: tenet.dev/v1
            kind: WorkloadDesign
            metadata:
              name: media-recommendations
              team: streaming
              owner: maya
            spec:
              team: not-metadata
              owner: not-metadata
              description: >-
                Recommends shows.
            """;

    @Test
    void adoptsTheDesignForTheDemoTeamAndOwner() {
        String adopted = ExampleDesigns.adopt(EXAMPLE, "claims", "erin");

        assertThat(adopted).contains("metadata:\n  name: media-recommendations\n  team: claims\n  owner: erin\nspec:");
    }

    @Test
    void leavesEverythingOutsideTheMetadataAsItWas() {
        String adopted = ExampleDesigns.adopt(EXAMPLE, "claims", "erin");

        assertThat(adopted).contains("  team: not-metadata\n  owner: not-metadata\n  description: >-\n    Recommends shows.\n")
                .endsWith("Recommends shows.\n")
                .hasLineCount(EXAMPLE.split("\n").length);
    }
}
