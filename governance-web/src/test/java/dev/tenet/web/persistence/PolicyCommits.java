package dev.tenet.web.persistence;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Policy changes committed on {@code main} of a {@link TemporaryPolicyRepository}, as a policy team
 * merges them: what drift tests move the policy head with.
 */
public final class PolicyCommits {

    private PolicyCommits() {
    }

    /** Writes a file of the library ({@code policies/<file>}) and commits it; returns the new commit's id. */
    public static synchronized String commit(Path repository, String file, String content, String message) {
        try (Git git = Git.open(repository.toFile())) {
            Path target = repository.resolve("policies").resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, content);
            git.add().addFilepattern("policies/" + file).call();
            RevCommit commit = git.commit().setMessage(message).setAuthor("Policy team", "policy@tenet.invalid")
                    .setCommitter("Policy team", "policy@tenet.invalid").setSign(false).call();
            return commit.getName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot commit " + file + " in " + repository, e);
        }
    }

    /**
     * Commits {@code policies/accountability/<policy>.yaml}, a policy {@link #failingFor} the design
     * named {@code designName}; returns the new commit's id.
     */
    public static String commitFailingFor(Path repository, String policy, String designName, String enforcement,
                                          String message) {
        return commit(repository, "accountability/" + policy + ".yaml",
                failingFor(policy, designName, enforcement, message), "Red-team " + designName);
    }

    /**
     * A policy that applies to the one design named {@code designName} and fails it unless it was
     * red-teamed ({@code security.redTeaming}), with the given enforcement and message: a policy
     * change that makes exactly that design worse, whatever else the library holds.
     */
    public static String failingFor(String id, String designName, String enforcement, String message) {
        return """
                apiVersion: tenet.dev/v1
                kind: Policy
                metadata:
                  id: accountability.%s
                  title: Red-team %s before release
                  version: 1.0.0
                  owner: policy-team
                  principle: accountability
                spec:
                  appliesTo: "meta.name == '%s'"
                  enforcement: %s
                  severity: high
                  rules:
                    - id: red-teamed
                      description: The workload was red-teamed.
                      require: "design.security.redTeaming"
                      message: %s
                      remediation: Red-team it and set security.redTeaming to true.
                """.formatted(id, designName, designName, enforcement, yamlString(message));
    }

    private static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
