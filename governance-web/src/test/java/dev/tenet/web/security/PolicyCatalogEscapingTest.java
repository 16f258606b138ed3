package dev.tenet.web.security;

import dev.tenet.web.TenetProperties;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.tenet.web.security.Payloads.JAVASCRIPT_URL;
import static dev.tenet.web.security.Payloads.assertJson;
import static dev.tenet.web.security.Payloads.assertSafePage;
import static dev.tenet.web.security.Payloads.tagged;
import static dev.tenet.web.security.Payloads.yamlQuoted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy content is repository content anybody with push access writes: markup in a policy's
 * title, description, sources, rules, attestations, tests and commit messages is shown as text on
 * every catalog page, never run, and a source URL of {@code javascript:} never becomes a link.
 * The payloads are committed on a branch of the test application's policy repository (its
 * {@code main} stays where the other security tests expect it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyCatalogEscapingTest extends SecuredApplication {

    private static final String BRANCH = "xss-payloads";
    private static final String POLICY = "transparency.payloads";
    /** Fields shown whole, as text, on the policy page. */
    private static final String[] POLICY_FIELDS = {"title", "owner", "desc", "source", "section", "ruledesc", "message",
            "remedy", "question", "case", "patch"};

    @Autowired
    TenetProperties properties;
    private Caller browser;

    @BeforeAll
    void payloadsOnABranch() {
        createPeople();
        browser = browser(ENG);
        Path root = Path.of(properties.policies().repository());
        try (Git git = Git.open(root.toFile())) {
            git.checkout().setCreateBranch(true).setName(BRANCH).call();
            Files.writeString(root.resolve("policies/transparency/payloads.yaml"), policy());
            Files.writeString(root.resolve("policies/transparency/payloads_test.yaml"), test());
            Path encrypt = root.resolve("policies/privacy-security/encrypt-personal-data.yaml");
            Files.writeString(encrypt, Files.readString(encrypt).replace("title: Encrypt personal data at rest and in transit",
                    "title: " + yamlQuoted("Encrypt " + tagged("changed"))));
            git.add().addFilepattern(".").call();
            git.commit().setMessage(tagged("commit")).setAuthor("Tenet tests", "tests@tenet.invalid")
                    .setCommitter("Tenet tests", "tests@tenet.invalid").setSign(false).call();
            git.checkout().setName("main").call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCatalogShowsATitleAsText() {
        HttpResponse<String> page = browser.get("/policies?ref=" + BRANCH);

        assertThat(page.statusCode()).isEqualTo(200);
        assertSafePage(page, "title");
    }

    @Test
    void aSearchIsEchoedAsText() {
        HttpResponse<String> page = browser.get("/policies?ref=" + BRANCH + "&q=" + encode(tagged("q")));

        assertThat(page.statusCode()).isEqualTo(200);
        assertSafePage(page, "q");
    }

    @Test
    void thePolicyPageShowsEveryFieldAsTextAndNoJavascriptLink() {
        HttpResponse<String> page = browser.get("/policies/" + POLICY + "?ref=" + BRANCH);

        assertThat(page.statusCode()).isEqualTo(200);
        assertSafePage(page, POLICY_FIELDS);
        assertThat(page.body()).as("the URL is shown as text").contains(JAVASCRIPT_URL)
                .contains("design.description != &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;");
        assertThat(Payloads.urls(page.body())).noneMatch(url -> url.toLowerCase().contains("javascript"));
    }

    @Test
    void theHistoryShowsACommitMessageAsText() {
        HttpResponse<String> page = browser.get("/policies/" + POLICY + "/history?ref=" + BRANCH);

        assertThat(page.statusCode()).isEqualTo(200);
        assertSafePage(page, "commit");
    }

    @Test
    void theDiffShowsTheFilesLinesAndTheChangedFieldsAsText() {
        for (String layout : List.of("split", "unified")) {
            HttpResponse<String> page = browser.get("/policies/diff?from=main&to=" + BRANCH + "&view=" + layout);

            assertThat(page.statusCode()).isEqualTo(200);
            // the added file's lines are shown whole; a changed line is split where it changed
            assertSafePage(page, "title", "desc", "message", "question", "case");
            assertThat(page.body()).contains("changed:&lt;script&gt;");
        }
    }

    @Test
    void theImpactPreviewShowsNothingRaw() {
        HttpResponse<String> page = browser.get("/policies/impact?ref=" + BRANCH);

        assertThat(page.statusCode()).isEqualTo(200);
        assertSafePage(page);
    }

    @Test
    void refsAndParametersEchoedByTheErrorPagesAreText() {
        HttpResponse<String> unknownRef = browser.get("/policies?ref=" + encode(tagged("ref")));
        // a path segment cannot hold "/" (the firewall refuses an encoded one): the image payload only
        HttpResponse<String> unknownPolicy = browser.get("/policies/" + encode("id:" + Payloads.IMG).replace("+", "%20"));
        HttpResponse<String> badLayout = browser.get("/policies/diff?from=main&to=main&view=" + encode(tagged("view")));

        assertThat(unknownRef.statusCode()).isEqualTo(404);
        assertSafePage(unknownRef, "ref");
        assertThat(unknownPolicy.statusCode()).isEqualTo(404);
        assertSafePage(unknownPolicy);
        assertThat(unknownPolicy.body()).contains("id:&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(badLayout.statusCode()).isEqualTo(400);
        assertSafePage(badLayout, "view");
    }

    @Test
    void theApiAnswersWithJson() {
        Caller api = api(ENG);
        for (String path : List.of("/api/v1/policies?ref=" + BRANCH, "/api/v1/policies/" + POLICY + "?ref=" + BRANCH,
                "/api/v1/policies/" + POLICY + "/history?ref=" + BRANCH, "/api/v1/policies/diff?from=main&to=" + BRANCH,
                "/api/v1/policies/impact?ref=" + BRANCH, "/api/v1/policies?ref=" + encode(tagged("ref")))) {
            HttpResponse<String> response = api.get(path, "Accept", "application/json");

            assertJson(response);
            assertThat(response.statusCode()).as(path).isIn(200, 404);
        }
    }

    private static String policy() {
        return """
                apiVersion: tenet.dev/v1
                kind: Policy
                metadata:
                  id: transparency.payloads
                  title: %s
                  version: 1.0.0
                  owner: %s
                  principle: transparency
                  description: %s
                  references:
                    - source: %s
                      section: %s
                      url: %s
                spec:
                  appliesTo: "design.description != '<script>alert(1)</script>'"
                  enforcement: advisory
                  severity: low
                  rules:
                    - id: payload-rule
                      description: %s
                      require: "design.description != 'x'"
                      message: %s
                      remediation: %s
                  attestations:
                    - id: payload-question
                      stage: policy
                      question: %s
                      evidence: optional
                """.formatted(yamlQuoted(tagged("title")), yamlQuoted(tagged("owner")), yamlQuoted(tagged("desc")),
                yamlQuoted(tagged("source")), yamlQuoted(tagged("section")), yamlQuoted(JAVASCRIPT_URL),
                yamlQuoted(tagged("ruledesc")), yamlQuoted(tagged("message")), yamlQuoted(tagged("remedy")),
                yamlQuoted(tagged("question")));
    }

    private static String test() {
        return """
                apiVersion: tenet.dev/v1
                kind: PolicyTest
                metadata: {name: payloads}
                spec:
                  policy: transparency.payloads
                  cases:
                    - name: %s
                      inline: {description: "plain", capabilities: [other], decisionImpact: low, data: {personal: false}}
                      patch: {description: %s}
                      expect: {payload-rule: PASS}
                """.formatted(yamlQuoted(tagged("case")), yamlQuoted(tagged("patch")));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
