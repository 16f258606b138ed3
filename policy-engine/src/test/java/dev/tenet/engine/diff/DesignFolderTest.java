package dev.tenet.engine.diff;

import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.WorkloadDesign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the designs of a folder for an impact report. */
class DesignFolderTest {

    @TempDir
    Path dir;

    @Test
    void everyDesignIsReadInPathOrderAndOtherDocumentsArePassedOver() {
        ReadResult<List<WorkloadDesign>> read = DesignFolder.read(DiffFixtures.resource("designs"));

        assertThat(read.value()).extracting(WorkloadDesign::name)
                .containsExactly("chatbot", "claims-triage", "faq-bot", "forecast");
    }

    @Test
    void aBrokenDesignIsAProblemRatherThanLeftOut() throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "apiVersion: tenet.dev/v1\nkind: WorkloadDesign\nmetadata: {}\n");

        ReadResult<List<WorkloadDesign>> read = DesignFolder.read(dir);

        assertThat(read.isSuccess()).isFalse();
        assertThat(read.problems()).allSatisfy(problem -> assertThat(problem.file()).endsWith("broken.yaml"));
    }

    @Test
    void aMissingFolderIsAProblem() {
        ReadResult<List<WorkloadDesign>> read = DesignFolder.read(dir.resolve("nowhere"));

        assertThat(read.problems()).extracting(Problem::message)
                .containsExactly("no such folder: pass the folder that holds the WorkloadDesign files");
    }
}
