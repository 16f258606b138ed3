package dev.tenet.web.security;

import dev.tenet.web.TenetProperties;
import dev.tenet.web.persistence.PolicyCommits;
import dev.tenet.web.policy.PolicyHeadMoved;
import dev.tenet.web.policy.PolicyService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import static dev.tenet.web.security.DesignFixtures.json;
import static dev.tenet.web.security.DesignFixtures.ok;
import static dev.tenet.web.security.Payloads.JAVASCRIPT_URL;
import static dev.tenet.web.security.Payloads.assertJson;
import static dev.tenet.web.security.Payloads.assertNoRawMarkup;
import static dev.tenet.web.security.Payloads.assertSafePage;
import static dev.tenet.web.security.Payloads.escapedMarkdown;
import static dev.tenet.web.security.Payloads.tagged;
import static dev.tenet.web.security.Payloads.yamlQuoted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Script typed into any field anybody can fill in through the API (the design document's free
 * text, harms, waivers, comments, evidence, names of tokens and people) is shown as text on every
 * page that shows it, never run; an evidence URL of {@code javascript:} never becomes a link. The
 * design is taken through the whole workflow with payloads everywhere, then every page is read. A
 * policy's own text (a rule's message, shown in a policy-drift notice) is treated the same way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssEscapingTest extends SecuredApplication {

    /** Fields of the design document itself, shown at least in the page's YAML listing. */
    private static final String[] DOCUMENT_FIELDS = {"desc", "stake", "cat", "ext", "owner", "evid"};
    /** Fields the reviewers filled in, shown on the design page and in the decision record. */
    private static final String[] REVIEW_FIELDS = {"harm", "group", "mitig", "comment-r", "comment-p", "comment-e",
            "waiver", "answer"};

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PolicyService policies;
    @Autowired
    TenetProperties properties;

    private Caller engineer;
    private Caller admin;
    private DesignFixtures designs;
    private long approved;

    @BeforeAll
    void aDesignWithPayloadsEverywhereIsApproved() {
        createPeople();
        engineer = api(ENG);
        admin = api("admin");
        designs = new DesignFixtures("xss", engineer, admin, role -> api(role.toLowerCase(Locale.ROOT)));
        long id = designs.submitted(designs.draftOf(Payloads.inEveryField(designs.yaml("media-recommendations"))));

        Caller research = api("research");
        ok(research.send("POST", "/api/v1/designs/" + id + "/harms", "application/json", "{\"harm\": "
                + json(tagged("harm")) + ", \"affectedGroup\": " + json(tagged("group")) + ", \"likelihood\": \"low\","
                + " \"severity\": \"low\", \"mitigation\": " + json(tagged("mitig")) + "}"));
        designs.answerOpen(research, id, "research", "https://wiki.example/research");
        answer(research, id, designs.attestationOf(id, "research"), tagged("answer"));
        review(research, id, "research", tagged("comment-r"));

        Caller policy = api("policy");
        for (JsonNode finding : designs.evaluation(id).path("findings")) {
            if (finding.path("outcome").asString().equals("FAIL") && finding.path("enforcement").asString().equals("soft-mandatory")) {
                ok(policy.send("POST", "/api/v1/designs/" + id + "/waivers", "application/json", "{\"policy\": "
                        + json(finding.path("policy").asString()) + ", \"rule\": " + json(finding.path("rule").asString())
                        + ", \"justification\": " + json(tagged("waiver")) + ", \"expires\": \""
                        + LocalDate.now().plusDays(90) + "\"}"));
            }
        }
        designs.answerOpen(policy, id, "policy", "https://wiki.example/policy");
        answer(policy, id, designs.attestationOf(id, "policy"), JAVASCRIPT_URL);
        review(policy, id, "policy", tagged("comment-p"));

        Caller engineering = api("engineering");
        designs.answerOpen(engineering, id, "engineering", "https://wiki.example/engineering");
        review(engineering, id, "engineering", tagged("comment-e"));
        assertThat(designs.design(id).path("state").asString()).isEqualTo("APPROVED");
        approved = id;
    }

    @Test
    void aPolicyDriftShowsTheRulesMessageAsTextOnTheOwnersQueueAndTheDesignPage() {
        String name = "xss-drift";
        long id = designs.approved(DesignFixtures.yaml("contract-clause-extractor", name));
        String from = policies.current().commit();
        String to = PolicyCommits.commitFailingFor(Path.of(properties.policies().repository()), name, name,
                "soft-mandatory", tagged("drift-message"));

        events.publishEvent(new PolicyHeadMoved(from, to, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> designs.design(id).path("state").asString().equals("RE_REVIEW"));

        assertSafePage(browser(ENG).get("/queue"), "drift-message");
        for (String principal : List.of(ENG, "research", "admin")) {
            assertSafePage(browser(principal).get("/designs/" + id), "drift-message");
        }
        HttpResponse<String> drifts = api(ENG).get("/api/v1/designs/" + id + "/drifts");
        assertJson(drifts);
        assertThat(drifts.body()).contains("drift-message:<script>");
    }

    @Test
    void slugsRefuseMarkupInTheTeamAndName() {
        for (String field : List.of("name", "team")) {
            String yaml = designs.yaml("media-recommendations").replaceFirst("(?m)^  " + field + ": .*$",
                    Matcher.quoteReplacement("  " + field + ": " + yamlQuoted(Payloads.SCRIPT)));

            HttpResponse<String> refused = engineer.send("POST", "/api/v1/designs", "application/yaml", yaml);

            assertThat(refused.statusCode()).as(field).isEqualTo(422);
            assertJson(refused);
        }
    }

    @Test
    void theDesignPageShowsEveryFieldAsText() {
        for (String principal : List.of(ENG, "research", "admin")) {
            HttpResponse<String> page = browser(principal).get("/designs/" + approved);

            assertThat(page.statusCode()).isEqualTo(200);
            assertSafePage(page, DOCUMENT_FIELDS);
            assertSafePage(page, REVIEW_FIELDS);
        }
    }

    @Test
    void theDecisionRecordPageShowsEveryFieldAsText() {
        HttpResponse<String> page = browser("board").get("/designs/" + approved + "/record");

        assertThat(page.statusCode()).isEqualTo(200);
        assertSafePage(page, "desc");
        assertSafePage(page, REVIEW_FIELDS);
    }

    @Test
    void anEvidenceUrlOfJavascriptIsNeverALink() {
        for (String path : List.of("/designs/" + approved, "/designs/" + approved + "/record")) {
            HttpResponse<String> page = browser("admin").get(path);

            assertThat(page.body()).as(path + " shows the evidence as text").contains(JAVASCRIPT_URL);
            assertThat(Payloads.urls(page.body())).as(path).noneMatch(url -> url.toLowerCase().contains("javascript"));
        }
    }

    @Test
    void theMarkdownRecordEscapesEveryField() {
        HttpResponse<String> markdown = admin.get("/api/v1/designs/" + approved + "/record", "Accept", "text/markdown");

        assertThat(markdown.statusCode()).isEqualTo(200);
        assertThat(markdown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
        Payloads.assertNoSniff(markdown);
        assertNoRawMarkup("the Markdown record", markdown.body());
        assertThat(markdown.body()).doesNotContain("](javascript:").doesNotContain("<javascript:");
        for (String field : REVIEW_FIELDS) {
            assertThat(markdown.body()).as(field).contains(escapedMarkdown(field));
        }
    }

    @Test
    void theRecordsDownloadsFromThePagesAreMarkdownAndJsonNeverHtml() {
        Caller browser = browser(ENG);
        HttpResponse<String> markdown = browser.get("/designs/" + approved + "/record.md");
        HttpResponse<String> json = browser.get("/designs/" + approved + "/record.json");

        assertThat(markdown.statusCode()).isEqualTo(200);
        assertThat(markdown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
        Payloads.assertNoSniff(markdown);
        assertNoRawMarkup("record.md", markdown.body());
        for (String field : REVIEW_FIELDS) {
            assertThat(markdown.body()).as(field).contains(escapedMarkdown(field));
        }
        assertThat(json.statusCode()).isEqualTo(200);
        assertJson(json);
    }

    @Test
    void theAuditTrailShowsCommentsAsText() {
        HttpResponse<String> all = browser("admin").get("/audit");
        HttpResponse<String> ofTheDesign = browser("admin").get("/audit?design=" + approved);

        assertThat(all.statusCode()).isEqualTo(200);
        assertSafePage(all); // newest first: other tests' events may have pushed these off the first page
        assertSafePage(ofTheDesign, "harm", "comment-r", "comment-p", "comment-e", "waiver", "answer");
        assertSafePage(browser(ENG).get("/audit?design=" + approved), "harm", "comment-r");
    }

    @Test
    void listsQueuesAndTheDashboardShowNothingRaw() {
        for (String principal : List.of(ENG, "research", "policy", "admin")) {
            Caller browser = browser(principal);
            for (String path : List.of("/", "/queue", "/designs", "/designs?state=APPROVED", "/dashboard", "/designs/new")) {
                HttpResponse<String> page = browser.get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertSafePage(page);
            }
            HttpResponse<String> data = browser.get("/dashboard/data");
            assertJson(data);
            assertNoRawMarkup("/dashboard/data", data.body());
        }
    }

    @Test
    void theApiAnswersWithJsonThatNoBrowserRendersAsHtml() {
        for (String path : List.of("/api/v1/designs/" + approved, "/api/v1/designs/" + approved + "/evaluation",
                "/api/v1/designs/" + approved + "/record", "/api/v1/designs?size=100", "/api/v1/audit/events?design=" + approved)) {
            HttpResponse<String> response = admin.get(path, "Accept", "application/json");

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertJson(response);
        }
        assertThat(admin.get("/api/v1/designs/" + approved).body()).contains("harm:<script>");
    }

    @Test
    void aTokenNameIsShownAsText() {
        ok(engineer.send("POST", "/api/v1/tokens", "application/json", "{\"name\": " + json(tagged("token")) + "}"));
        Caller browser = browser(ENG);

        assertSafePage(browser.get("/account/tokens"), "token");
        assertSafePage(browser.postForm("/account/tokens", Map.of("name", tagged("token-form"))), "token-form");
    }

    @Test
    void aDisplayNameIsStoredAsGivenAndShownNowhereAsMarkup() {
        HttpResponse<String> created = admin.send("POST", "/api/v1/users", "application/json", "{\"username\":"
                + " \"xss-display\", \"displayName\": " + json(tagged("display")) + ", \"team\": \"claims\", \"roles\":"
                + " [\"ENGINEER\"], \"password\": \"" + PASSWORD + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertJson(created);
        assertJson(admin.get("/api/v1/users"));

        Caller browser = Caller.signedIn(port, "xss-display", PASSWORD);
        for (String path : List.of("/", "/designs", "/designs/" + approved, "/audit", "/account/tokens", "/dashboard")) {
            assertSafePage(browser.get(path));
        }
    }

    @Test
    void formInputSentBackWithAnErrorIsEscaped() {
        long id = designs.inReview("media-recommendations");
        Caller research = browser("research");
        Caller policy = browser("policy");

        assertSafePage(research.postForm("/designs/" + id + "/reviews", Map.of("stage", tagged("stage"),
                "verdict", "APPROVE", "comment", tagged("kept-comment"))), "stage", "kept-comment");
        assertSafePage(research.postForm("/designs/" + id + "/attestations", Map.of("attestation", tagged("attestation"),
                "answer", "true", "evidence", tagged("kept-evidence"))), "attestation");
        assertSafePage(research.postForm("/designs/" + id + "/harms", Map.of("harm", tagged("kept-harm"),
                "affectedGroup", tagged("kept-group"), "likelihood", "low", "severity", "low", "mitigation", "")),
                "kept-harm", "kept-group");
        assertSafePage(policy.postForm("/designs/" + id + "/waivers", Map.of("finding", tagged("finding") + "/rule",
                "justification", tagged("kept-justification"), "expires", LocalDate.now().plusDays(9).toString())),
                "finding", "kept-justification");
    }

    @Test
    void theSubmitPageShowsADocumentThatDoesNotReadAsText() {
        Caller browser = browser(ENG);
        String broken = "apiVersion: tenet.dev/v1\nkind: WorkloadDesign\nmetadata:\n  name: " + tagged("line")
                + "\n  team: [" + tagged("unclosed") + "\n";

        HttpResponse<String> page = browser.postMultipart("/designs/new", Map.of("yaml", broken));
        HttpResponse<String> invalidName = browser.postMultipart("/designs/new", Map.of("yaml",
                designs.yaml("media-recommendations").replaceFirst("(?m)^  name: .*$",
                        Matcher.quoteReplacement("  name: " + yamlQuoted(tagged("name"))))));

        assertThat(page.statusCode()).isEqualTo(400);
        assertSafePage(page, "line", "unclosed");
        assertThat(invalidName.statusCode()).isEqualTo(400);
        assertSafePage(invalidName, "name");
    }

    private static void answer(Caller reviewer, long id, String attestation, String evidence) {
        ok(reviewer.send("POST", "/api/v1/designs/" + id + "/attestations", "application/json", "{\"id\": "
                + json(attestation) + ", \"answer\": true, \"evidence\": " + json(evidence) + "}"));
    }

    private static void review(Caller reviewer, long id, String stage, String comment) {
        ok(reviewer.send("POST", "/api/v1/designs/" + id + "/reviews", "application/json", "{\"stage\": \"" + stage
                + "\", \"verdict\": \"APPROVE\", \"comment\": " + json(comment) + "}"));
    }
}
