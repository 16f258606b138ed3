package dev.tenet.web.persistence;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Many APPROVED designs written straight into the database, for the benchmarks that measure work
 * over every stored design: the shipped library's example designs in turn, each under its own
 * name ({@code claims-triage-00042}), with ids 1 to {@code count}, 50 teams and one revision each.
 * Tier and decision are left unset; a benchmark that needs them sets them.
 */
public final class StoredExampleDesigns {

    private static final Timestamp AT = Timestamp.from(Instant.parse("2026-11-01T09:00:00Z"));

    private StoredExampleDesigns() {
    }

    /** Stores {@code count} designs. */
    public static void store(JdbcTemplate jdbc, int count) {
        List<Example> examples = examples();
        List<Object[]> designs = new ArrayList<>(count);
        List<Object[]> revisions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Example example = examples.get(i % examples.size());
            String name = String.format("%s-%05d", example.name(), i);
            long id = i + 1;
            designs.add(new Object[] {id, "team-" + (i % 50), name, "owner-" + (i % 50), AT, AT});
            revisions.add(new Object[] {id, example.yaml().replace("name: " + example.name(), "name: " + name), AT});
        }
        jdbc.batchUpdate("INSERT INTO designs (id, team, name, owner, state, stage, revision, submitted_by, tier, decision,"
                + " policy_commit, evaluation, created_at, updated_at, version) VALUES (?, ?, ?, ?, 'APPROVED', '', 1,"
                + " 'sam', NULL, NULL, '', '', ?, ?, 1)", designs);
        jdbc.batchUpdate("INSERT INTO design_revisions (design_id, number, yaml, digest, author, at)"
                + " VALUES (?, 1, ?, 'x', 'sam', ?)", revisions);
    }

    private static List<Example> examples() {
        try (Stream<Path> files = Files.list(TemporaryPolicyRepository.library().resolve("examples"))) {
            List<Example> examples = new ArrayList<>();
            for (Path file : files.filter(f -> !f.getFileName().toString().endsWith("_test.yaml")).sorted().toList()) {
                examples.add(new Example(file.getFileName().toString().replace(".yaml", ""),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Example(String name, String yaml) {
    }
}
