package dev.tenet.engine.library;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryPathsTest {

    @Test
    void normalizingRemovesDotsAndFoldsParentSteps() {
        assertThat(LibraryPaths.normalize("./policies//privacy/./x.yaml")).isEqualTo("policies/privacy/x.yaml");
        assertThat(LibraryPaths.normalize("policies/tests/../examples/a.yaml")).isEqualTo("policies/examples/a.yaml");
        assertThat(LibraryPaths.normalize("policies/../../a.yaml")).isEqualTo("../a.yaml");
        assertThat(LibraryPaths.normalize("/tmp/lib/../a.yaml")).isEqualTo("/tmp/a.yaml");
        assertThat(LibraryPaths.normalize("policies\\privacy")).isEqualTo("policies/privacy");
        assertThat(LibraryPaths.normalize("./")).isEqualTo(".");
    }

    @Test
    void aDesignPathIsReadFromTheFolderOfTheTestFile() {
        assertThat(LibraryPaths.resolveSibling("policies/privacy/x_test.yaml", "../examples/a.yaml"))
                .isEqualTo("policies/examples/a.yaml");
        assertThat(LibraryPaths.resolveSibling("policies/privacy/x_test.yaml", "a.yaml")).isEqualTo("policies/privacy/a.yaml");
        assertThat(LibraryPaths.resolveSibling("x_test.yaml", "examples/a.yaml")).isEqualTo("examples/a.yaml");
        assertThat(LibraryPaths.resolveSibling("/lib/x_test.yaml", "./a.yaml")).isEqualTo("/lib/a.yaml");
    }

    @Test
    void insideMeansBelowTheFolder() {
        assertThat(LibraryPaths.isInside("policies/a.yaml", "policies")).isTrue();
        assertThat(LibraryPaths.isInside("policies-old/a.yaml", "policies")).isFalse();
        assertThat(LibraryPaths.isInside("a.yaml", ".")).isTrue();
        assertThat(LibraryPaths.isInside("../a.yaml", ".")).isFalse();
        assertThat(LibraryPaths.isInside("/tmp/a.yaml", ".")).isFalse();
    }

    @Test
    void relativizingLeadsFromAFolderToAFile() {
        assertThat(LibraryPaths.relativize("policies/privacy", "policies/examples/a.yaml")).isEqualTo("../examples/a.yaml");
        assertThat(LibraryPaths.relativize("policies/privacy", "policies/privacy/a.yaml")).isEqualTo("a.yaml");
        assertThat(LibraryPaths.relativize(".", "examples/a.yaml")).isEqualTo("examples/a.yaml");
    }

    @Test
    void hiddenFoldersBuildOutputAndOtherExtensionsAreNotLibraryFiles() {
        assertThat(LibraryPaths.isLibraryFile("privacy/x.yaml")).isTrue();
        assertThat(LibraryPaths.isLibraryFile("privacy/x.yml")).isTrue();
        assertThat(LibraryPaths.isLibraryFile("README.md")).isFalse();
        assertThat(LibraryPaths.isLibraryFile(".github/x.yaml")).isFalse();
        assertThat(LibraryPaths.isLibraryFile("target/x.yaml")).isFalse();
        assertThat(LibraryPaths.isLibraryFile("privacy/.x.yaml")).isFalse();
    }
}
