package dev.tenet.engine.git;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TreeFilesTest {

    @TempDir
    Path dir;

    @Test
    void theFilesUnderAFolderComeInPathOrderWithTheirContent() {
        try (GitFixture fixture = GitFixture.init(dir)) {
            String commit = fixture.write("policies/b.yaml", "b\n").write("policies/a/z.yaml", "z\n")
                    .write("policies/a.yaml", "a\n").write("other/c.yaml", "c\n").commit("files");
            try (GitRepository repository = GitRepository.open(dir)) {
                List<TreeFile> files = repository.files(commit, "policies");
                assertThat(files).extracting(TreeFile::path)
                        .containsExactly("policies/a.yaml", "policies/a/z.yaml", "policies/b.yaml");
                assertThat(text(files.get(1))).isEqualTo("z\n");
                assertThat(files).noneMatch(TreeFile::isOversized);
            }
        }
    }

    @Test
    void folderPathsAreNormalizedAndTheRootIsTheWholeRepository() {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.write("policies/a.yaml", "a\n").write("other/c.yaml", "c\n").commit("files");
            try (GitRepository repository = GitRepository.open(dir)) {
                assertThat(repository.files("HEAD", "./policies/")).extracting(TreeFile::path)
                        .containsExactly("policies/a.yaml");
                assertThat(repository.files("HEAD", ".")).extracting(TreeFile::path)
                        .containsExactly("other/c.yaml", "policies/a.yaml");
                assertThat(repository.files("HEAD", "")).hasSize(2);
                assertThatThrownBy(() -> repository.files("HEAD", "../elsewhere")).isInstanceOf(GitException.class)
                        .hasMessageContaining("is not a path inside the repository");
            }
        }
    }

    @Test
    void aFolderWhoseNameStartsLikeAnotherIsNotPartOfIt() {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.write("policies/a.yaml", "a\n").write("policies-old/b.yaml", "b\n").commit("files");
            try (GitRepository repository = GitRepository.open(dir)) {
                assertThat(repository.files("HEAD", "policies")).extracting(TreeFile::path)
                        .containsExactly("policies/a.yaml");
            }
        }
    }

    @Test
    void editsInTheWorkingTreeAndTheIndexAreNotSeen() throws Exception {
        try (GitFixture fixture = GitFixture.init(dir)) {
            String commit = fixture.write("policies/a.yaml", "committed\n").commit("files");
            fixture.write("policies/a.yaml", "edited\n").write("policies/new.yaml", "new\n");
            org.eclipse.jgit.api.Git.open(dir.toFile()).add().addFilepattern("policies/new.yaml").call();
            try (GitRepository repository = GitRepository.open(dir)) {
                List<TreeFile> files = repository.files("HEAD", "policies");
                assertThat(files).extracting(TreeFile::path).containsExactly("policies/a.yaml");
                assertThat(text(files.get(0))).isEqualTo("committed\n");
                assertThat(repository.resolve("HEAD")).isEqualTo(commit);
            }
            assertThat(Files.readString(dir.resolve("policies/a.yaml"))).isEqualTo("edited\n");
        }
    }

    @Test
    void symbolicLinksAreSkipped() throws Exception {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.write("policies/a.yaml", "a\n");
            Files.createSymbolicLink(dir.resolve("policies/link.yaml"), Path.of("a.yaml"));
            fixture.commit("files with a link");
            assertThat(fixture.modeAtHead("policies/link.yaml")).isEqualTo(org.eclipse.jgit.lib.FileMode.SYMLINK);
            try (GitRepository repository = GitRepository.open(dir)) {
                assertThat(repository.files("HEAD", "policies")).extracting(TreeFile::path)
                        .containsExactly("policies/a.yaml");
            }
        }
    }

    @Test
    void submodulesAreSkipped() {
        try (GitFixture fixture = GitFixture.init(dir)) {
            try (GitFixture nested = GitFixture.init(dir.resolve("policies/vendored"))) {
                nested.write("x.yaml", "x\n").commit("nested");
            }
            fixture.write("policies/a.yaml", "a\n").commit("files with a submodule");
            assertThat(fixture.modeAtHead("policies/vendored")).isEqualTo(org.eclipse.jgit.lib.FileMode.GITLINK);
            try (GitRepository repository = GitRepository.open(dir)) {
                assertThat(repository.files("HEAD", "policies")).extracting(TreeFile::path)
                        .containsExactly("policies/a.yaml");
            }
        }
    }

    @Test
    void filesOverTheLimitAreListedWithTheirSizeButNotRead() {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.write("policies/big.yaml", new byte[GitRepository.DEFAULT_MAX_FILE_BYTES + 1])
                    .write("policies/small.yaml", "s\n").commit("a big file");
            try (GitRepository repository = GitRepository.open(dir)) {
                List<TreeFile> files = repository.files("HEAD", "policies");
                assertThat(files.get(0).isOversized()).isTrue();
                assertThat(files.get(0).size()).isEqualTo(GitRepository.DEFAULT_MAX_FILE_BYTES + 1L);
                assertThat(files.get(0).content()).isEmpty();
                assertThat(files.get(1).isOversized()).isFalse();
            }
        }
    }

    @Test
    void onlyFilesTheFilterIncludesAreRead() {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.write("policies/a.yaml", "a\n").write("policies/README.md", "# r\n").commit("files");
            try (GitRepository repository = GitRepository.open(dir)) {
                assertThat(repository.files("HEAD", "policies", path -> path.endsWith(".yaml"), 100))
                        .extracting(TreeFile::path).containsExactly("policies/a.yaml");
            }
        }
    }

    @Test
    void aFolderTheCommitDoesNotHaveHasNoFiles() {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.write("policies/a.yaml", "a\n").commit("files");
            try (GitRepository repository = GitRepository.open(dir)) {
                assertThat(repository.files("HEAD", "nothing-here")).isEmpty();
                assertThat(repository.hasFolder("HEAD", "nothing-here")).isFalse();
                assertThat(repository.hasFolder("HEAD", "policies/a.yaml")).isFalse();
                assertThat(repository.hasFolder("HEAD", "policies")).isTrue();
                assertThat(repository.hasFolder("HEAD", "")).isTrue();
            }
        }
    }

    @Test
    void severalThreadsReadTheSameRepositoryAtOnce() throws Exception {
        try (GitFixture fixture = GitFixture.init(dir)) {
            IntStream.range(0, 50).forEach(i -> fixture.write("policies/p" + i + ".yaml", "n: " + i + "\n"));
            fixture.commit("fifty files");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try (GitRepository repository = GitRepository.open(dir)) {
                Callable<List<String>> read = () -> repository.files("HEAD", "policies").stream()
                        .map(TreeFilesTest::text).toList();
                List<Future<List<String>>> results = pool.invokeAll(java.util.Collections.nCopies(16, read));
                List<String> expected = read.call();
                for (Future<List<String>> result : results) {
                    assertThat(result.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    private static String text(TreeFile file) {
        return new String(file.content(), StandardCharsets.UTF_8);
    }
}
