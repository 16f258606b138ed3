package dev.tenet.web.catalog;

import dev.tenet.web.account.Actor;
import dev.tenet.web.account.SignedInUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static dev.tenet.web.catalog.PolicyHistoryRepository.ENCRYPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The catalog's pages as a signed-in person gets them: what each shows, and what each refuses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyCatalogPagesTests extends CatalogApplication {

    private static final Actor ELLEN = new Actor("ellen", "claims", Set.of("ENGINEER"));
    private static final Actor RUTH = new Actor("ruth", "", Set.of("RESEARCH"));
    private static final Actor ADELE = new Actor("adele", "", Set.of("ADMIN"));

    @Autowired
    MockMvc mvc;
    @Autowired
    DecisionImpacts impacts;
    private Designs designs;

    @BeforeAll
    void peopleAndDesigns() {
        designs = designs();
    }

    @Test
    void theCatalogGroupsThePoliciesByPrincipleWithTheNavigationMarked() {
        String page = ok(ELLEN, "/policies");

        assertThat(page).contains("<h1 class=\"h2 mb-0\">Policies</h1>")
                .contains("id=\"principle-privacy-security\"").contains(">Privacy and security</h2>")
                .contains("href=\"/policies/privacy.encrypt-personal-data\"")
                .contains(">Encrypt personal data at rest and in transit</a>")
                .contains("href=\"/policies\" aria-current=\"page\"")
                .contains("policies at main (" + commits.addRemove().substring(0, 7) + ")")
                .contains("<datalist id=\"ref-choices\">").contains("value=\"" + commits.proposal() + "\"")
                .contains("value=\"" + commits.tag() + "\"").contains("Label synthetic media; retire show-confidence")
                .doesNotContain("You are viewing the policy library at");
        assertThat(page.indexOf(">Fairness</h2>")).as("principles in their order").isLessThan(page.indexOf(">Accountability</h2>"));
        assertThat(page).as("the sync status, for the policy team").contains("id=\"policy-sync\"")
                .doesNotContain("id=\"broken-head\"");
    }

    @Test
    void aSearchKeepsOnlyTheMatchingPolicies() {
        String page = ok(ELLEN, "/policies?q=synthetic");

        assertThat(page).contains("Label synthetic media as generated").doesNotContain("Encrypt personal data at rest")
                .contains("1 policy of").contains("match").contains("Clear the search");
        assertThat(ok(ELLEN, "/policies?q=no-such-words-anywhere")).contains("No policy matches the search");
    }

    @Test
    void theCatalogAtAnotherRefSaysSoAndKeepsTheRefInItsLinks() {
        String page = ok(ELLEN, "/policies?ref=" + commits.tag());

        assertThat(page).contains("You are viewing the policy library at " + commits.tag())
                .contains("href=\"/policies/transparency.show-confidence?ref=" + commits.tag() + "\"")
                .doesNotContain("Label synthetic media as generated");
    }

    @Test
    void aPolicyPageShowsRulesAttestationsTestsAndSources() {
        String page = ok(ELLEN, "/policies/privacy.encrypt-personal-data");

        assertThat(page).contains("<h1 class=\"h2 break-anywhere\">Encrypt personal data at rest and in transit</h1>")
                .contains("design.data.encryption.atRest &amp;&amp; design.data.retentionDays &lt;= 30")
                .contains("Personal data is not encrypted at rest.").contains("Enable encryption for every database")
                .contains("inference-data-protection").contains("the engineering stage")
                .contains("unencrypted personal data at rest fails").contains("{data: {encryption: {atRest: false}}}")
                .contains("Responsible AI in Azure workloads").contains(ENCRYPT)
                .contains("href=\"/policies/privacy.encrypt-personal-data/history\"")
                .contains("Rules (2)").contains("version 1.1.0");
    }

    @Test
    void aSourceWithAWebAddressIsALink() {
        String page = ok(ELLEN, "/policies/transparency.label-synthetic-media");

        assertThat(page).contains("href=\"https://example.org/synthetic-media\"");
    }

    @Test
    void theHistoryPageListsTheCommitsWithLinksToCompareEachWithThePreviousOne() {
        String page = ok(ELLEN, "/policies/privacy.encrypt-personal-data/history");

        assertThat(page).contains("History of Encrypt personal data at rest and in transit")
                .contains("Keep encrypted personal data at most 30 days").contains("Pat Policy")
                .contains(">1.1.0<").contains(">1.0.0<")
                .contains("href=\"/policies/diff?from=" + commits.library() + "&amp;to=" + commits.retention()
                        + "#file-policies-privacy-security-encrypt-personal-data-yaml\"")
                .contains("first commit")
                .contains("href=\"/policies/privacy.encrypt-personal-data?ref=" + commits.library() + "\"");
    }

    @Test
    void theDiffPageWithoutCommitsIsItsForm() {
        String page = ok(ELLEN, "/policies/diff");

        assertThat(page).contains("Compare policy versions").contains("name=\"from\"").contains("name=\"to\"")
                .doesNotContain("Changed files");
    }

    @Test
    void theDiffPageShowsTheRuleChangesTheDesignsAndEachFileSideBySide() {
        String page = ok(ELLEN, "/policies/diff?from=" + commits.tag() + "&to=main");

        assertThat(page).contains("1 policy added").contains("1 removed").contains("1 changed").contains("5 files changed")
                .contains("Rule at-rest changed").contains("version 1.0.0 → 1.1.0")
                .contains("<ins> &amp;&amp; design.data.retentionDays &lt;= 30</ins>")
                .contains("class=\"diff diff-split\"").contains("class=\"row-CHANGED\"").contains("class=\"row-FOLD\"")
                .contains("unchanged lines")
                .contains("id=\"file-policies-privacy-security-encrypt-personal-data-yaml\"")
                .contains("class=\"diff diff-one diff-one-REMOVED\"").contains("class=\"diff diff-one diff-one-ADDED\"")
                .contains("href=\"/designs/" + designs.triage() + "\"").contains("href=\"/designs/" + designs.revised() + "\"")
                .doesNotContain("href=\"/designs/" + designs.screener() + "\"").doesNotContain("otto-draft");
    }

    @Test
    void theDiffPageLaysFilesOutUnifiedAndWholeOnRequest() {
        String unified = ok(ELLEN, "/policies/diff?from=" + commits.tag() + "&to=main&view=unified&context=full");

        assertThat(unified).contains("class=\"diff diff-unified\"").doesNotContain("class=\"diff diff-split\"")
                .doesNotContain("class=\"row-FOLD\"").contains("class=\"row-REMOVED\"").contains("class=\"row-ADDED\"")
                .contains("id=\"view-unified\" value=\"unified\" checked");
    }

    @Test
    void theDiffPageRefusesAMissingEndOrALayoutItDoesNotHave() {
        assertThat(page(ELLEN, "/policies/diff?from=main").getStatus()).isEqualTo(400);
        assertThat(body(page(ELLEN, "/policies/diff?from=main"))).contains("to: is required");
        assertThat(page(ELLEN, "/policies/diff?from=main&to=main&view=sideways").getStatus()).isEqualTo(400);
    }

    @Test
    void theImpactPageSummarisesAndListsTheDesignsWorseFirst() {
        String page = ok(ELLEN, "/policies/impact?ref=" + commits.proposal());

        assertThat(page).contains("Impact preview").contains("Designs checked").contains("<dd>3</dd>").contains("<dd>1</dd>")
                .contains("href=\"/designs/" + designs.noOptOut() + "\"").contains("tr class=\"impact-worse\"")
                .contains("privacy.offer-opt-out/opt-out").contains("(Hard-mandatory)")
                .doesNotContain("screener").doesNotContain("otto-draft")
                .as("all three change: nothing folded").doesNotContain("keep their decision").doesNotContain("all=true");
        assertThat(page.indexOf("/designs/" + designs.noOptOut())).as("worse first")
                .isLessThan(page.indexOf("/designs/" + designs.triage()));
    }

    @Test
    void theImpactPageKeepsTheStatesTickedAndChecksOnlyThose() {
        String page = ok(ELLEN, "/policies/impact?ref=" + commits.proposal() + "&state=DRAFT");

        assertThat(page).contains("id=\"state-DRAFT\" value=\"DRAFT\" checked").doesNotContain("value=\"APPROVED\" checked")
                .contains("href=\"/designs/" + designs.revised() + "\"")
                .doesNotContain("href=\"/designs/" + designs.triage() + "\"");
    }

    @Test
    void theImpactPageShowsAReviewerNoDraftTheyDidNotSign() {
        String page = ok(RUTH, "/policies/impact?ref=" + commits.proposal() + "&all=true");

        assertThat(page).contains("href=\"/designs/" + designs.screener() + "\"")
                .doesNotContain("/designs/" + designs.revised() + "\"").doesNotContain("otto-draft");
    }

    @Test
    void theImpactPageFoldsTheUnchangedDesignsIntoACountWithALinkThatListsThem() {
        String folded = ok(ADELE, "/policies/impact?ref=main&state=IN_REVIEW&state=DRAFT");

        assertThat(folded).contains("5 designs keep their decision and risk tier")
                .contains("href=\"/policies/impact?ref=main&amp;state=DRAFT&amp;state=IN_REVIEW&amp;all=true#unchanged\"")
                .doesNotContain("href=\"/designs/" + designs.triage() + "\"")
                .doesNotContain("Designs whose decision or tier changes").contains("No design changes decision or risk tier.");

        String listed = ok(ADELE, "/policies/impact?ref=main&state=IN_REVIEW&state=DRAFT&all=true");

        assertThat(listed).contains("href=\"/designs/" + designs.triage() + "\"")
                .contains("href=\"/designs/" + designs.ottoDraft() + "\"").contains("Hide them")
                .doesNotContain("Page 1 of").doesNotContain("all=true#unchanged");
        assertThat(ok(ADELE, "/policies/impact?ref=main&all=true&page=3")).as("past the last page: the last one")
                .contains("href=\"/designs/" + designs.triage() + "\"");
    }

    @Test
    void aDiffWithNoDecisionChangeShowsNoEmptyDesignTable() {
        String page = ok(ELLEN, "/policies/diff?from=main&to=main");

        assertThat(page).contains("None of them changes decision or risk tier.").doesNotContain("impact-table");
    }

    @Test
    void theImpactPageRefusesAPageItCannotShow() {
        assertThat(page(ELLEN, "/policies/impact?ref=main&page=-1").getStatus()).isEqualTo(400);
        assertThat(page(ELLEN, "/policies/impact?ref=main&page=two").getStatus()).isEqualTo(400);
        assertThat(page(ELLEN, "/policies/impact?ref=main&all=yes").getStatus()).isEqualTo(400);
    }

    @Test
    void aBusyServerIsAPageWithStatus429() throws InterruptedException {
        impacts.forget();
        impacts.running().acquire(DecisionImpacts.CONCURRENT);
        try {
            for (String path : List.of("/policies/impact?ref=" + commits.proposal(),
                    "/policies/diff?from=" + commits.tag() + "&to=main")) {
                MockHttpServletResponse response = page(ELLEN, path);

                assertThat(response.getStatus()).as(path).isEqualTo(429);
                assertThat(response.getHeader("Retry-After")).isEqualTo("5");
                assertThat(body(response)).contains("Busy: try again in a few seconds")
                        .contains("another impact preview is running; try again in a few seconds");
            }
        } finally {
            impacts.running().release(DecisionImpacts.CONCURRENT);
        }
        assertThat(ok(ELLEN, "/policies/impact?ref=" + commits.proposal())).contains("Designs checked");
    }

    @Test
    void anUnknownRefIsAPageWithTheCloseNamesAsLinks() {
        MockHttpServletResponse response = page(ELLEN, "/policies?ref=mian");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(body(response)).contains("No such branch, tag or commit").contains("href=\"/policies?ref=main\"");
    }

    @Test
    void anUnknownPolicyIsAPageWithTheLikelyOne() {
        MockHttpServletResponse response = page(ELLEN, "/policies/privacy.encrypt-personl-data");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(body(response)).contains("No such policy").contains("href=\"/policies/privacy.encrypt-personal-data\"");
    }

    @Test
    void aLibraryThatDoesNotLoadIsAPageWithItsProblems() {
        MockHttpServletResponse response = page(ELLEN, "/policies/impact?ref=" + commits.broken());

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response)).contains("The policy library does not load there")
                .contains("policies/privacy-security/offer-opt-out.yaml:21:3")
                .contains("unknown key &#39;severty&#39; (did you mean &#39;severity&#39;?)");
    }

    @Test
    void aLimitThatIsNotANumberIsA400Page() {
        MockHttpServletResponse response = page(ELLEN, "/policies/privacy.encrypt-personal-data/history?limit=lots");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).contains("limit: must be a number");
    }

    @Test
    void theApiDocumentationDescribesTheCatalogsEndpointsAndAnswers() {
        String docs = ok(RUTH, "/v3/api-docs");

        assertThat(docs).contains("\"/api/v1/policies\"", "\"/api/v1/policies/{id}\"", "\"/api/v1/policies/{id}/history\"",
                "\"/api/v1/policies/diff\"", "\"/api/v1/policies/impact\"", "\"ImpactPreview\"", "\"PolicyDiff\"",
                "\"PolicyCatalog\"", "\"PolicyHistory\"");
    }

    private String ok(Actor actor, String path) {
        MockHttpServletResponse response = page(actor, path);
        assertThat(response.getStatus()).as(path + ": " + body(response)).isEqualTo(200);
        return body(response);
    }

    private MockHttpServletResponse page(Actor actor, String path) {
        try {
            return mvc.perform(get(path).with(user(SignedInUser.of(actor)))).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
