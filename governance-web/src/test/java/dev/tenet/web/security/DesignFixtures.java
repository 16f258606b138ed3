package dev.tenet.web.security;

import dev.tenet.web.persistence.TemporaryPolicyRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Designs of team {@code claims} taken through the real workflow over the API, by the matrix's
 * people: the engineer {@code ellen} owns them, each reviewer signs their own stage.
 */
final class DesignFixtures {

    static final String TEAM = "claims";
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final Pattern NAME = Pattern.compile("(?m)^(  name: ).*$");
    private static final Pattern TEAM_LINE = Pattern.compile("(?m)^(  team: ).*$");

    private final String prefix;
    private final Caller engineer;
    private final Caller admin;
    private final Function<String, Caller> reviewers;

    /**
     * @param prefix    starts every design name, so that test classes sharing the database never clash
     * @param reviewers the API caller for a stage's role name ("RESEARCH" gives the research reviewer)
     */
    DesignFixtures(String prefix, Caller engineer, Caller admin, Function<String, Caller> reviewers) {
        this.prefix = prefix;
        this.engineer = engineer;
        this.admin = admin;
        this.reviewers = reviewers;
    }

    /** A design of the library's examples, renamed into team claims under a fresh name. */
    String yaml(String example) {
        return yaml(example, prefix + "-" + NAMES.incrementAndGet());
    }

    static String yaml(String example, String name) {
        try {
            String text = Files.readString(TemporaryPolicyRepository.library().resolve("examples").resolve(example + ".yaml"));
            text = NAME.matcher(text).replaceFirst("$1" + Matcher.quoteReplacement(name));
            return TEAM_LINE.matcher(text).replaceFirst("$1" + TEAM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long draft(String example) {
        return draftOf(yaml(example));
    }

    long draftOf(String yaml) {
        return ok(engineer.send("POST", "/api/v1/designs", "application/yaml", yaml)).path("id").asLong();
    }

    /** Submitted: in review at the first stage (research). */
    long inReview(String example) {
        return submitted(draft(example));
    }

    long submitted(long id) {
        ok(engineer.send("POST", "/api/v1/designs/" + id + "/submit", null, null));
        return id;
    }

    /** A low-risk design through research, policy and engineering, each stage's attestations answered. */
    long approved(String yaml) {
        long id = submitted(draftOf(yaml));
        for (String stage : new String[] {"research", "policy", "engineering"}) {
            signStage(id, stage, "APPROVE", "approved at " + stage);
        }
        JsonNode design = design(id);
        if (!design.path("state").asString().equals("APPROVED")) {
            throw new AssertionError("not approved: " + design);
        }
        return id;
    }

    /** The stage's reviewer answers its open attestations, then gives the verdict. */
    void signStage(long id, String stage, String verdict, String comment) {
        Caller reviewer = reviewers.apply(stage.toUpperCase(Locale.ROOT));
        answerOpen(reviewer, id, stage, "https://wiki.example/" + stage);
        ok(reviewer.send("POST", "/api/v1/designs/" + id + "/reviews", "application/json",
                "{\"stage\": \"" + stage + "\", \"verdict\": \"" + verdict + "\", \"comment\": " + json(comment) + "}"));
    }

    void answerOpen(Caller reviewer, long id, String stage, String evidence) {
        for (JsonNode attestation : evaluation(id).path("attestations")) {
            if (attestation.path("stage").asString().equals(stage)
                    && !attestation.path("status").asString().equals("ANSWERED")) {
                ok(reviewer.send("POST", "/api/v1/designs/" + id + "/attestations", "application/json",
                        "{\"id\": \"" + attestation.path("id").asString() + "\", \"answer\": true, \"evidence\": "
                                + json(evidence) + "}"));
            }
        }
    }

    /** The first attestation the design's pinned evaluation asks the stage about. */
    String attestationOf(long id, String stage) {
        for (JsonNode attestation : evaluation(id).path("attestations")) {
            if (attestation.path("stage").asString().equals(stage)) {
                return attestation.path("id").asString();
            }
        }
        throw new AssertionError("no attestation at the " + stage + " stage of design " + id);
    }

    /** The first failing soft-mandatory finding: {policy, rule}. */
    String[] waivable(long id) {
        for (JsonNode finding : evaluation(id).path("findings")) {
            if (finding.path("outcome").asString().equals("FAIL")
                    && finding.path("enforcement").asString().equals("soft-mandatory")) {
                return new String[] {finding.path("policy").asString(), finding.path("rule").asString()};
            }
        }
        throw new AssertionError("no soft-mandatory failure in design " + id);
    }

    JsonNode design(long id) {
        return ok(admin.get("/api/v1/designs/" + id));
    }

    JsonNode evaluation(long id) {
        return ok(admin.get("/api/v1/designs/" + id + "/evaluation"));
    }

    /** A JSON string literal. */
    static String json(String text) {
        return JsonMapper.shared().writeValueAsString(text);
    }

    static JsonNode ok(HttpResponse<String> response) {
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new AssertionError(response.request().method() + " " + response.uri() + ": " + response.statusCode()
                    + " " + response.body());
        }
        return response.body().isEmpty() ? JsonMapper.shared().createObjectNode() : JsonMapper.shared().readTree(response.body());
    }
}
