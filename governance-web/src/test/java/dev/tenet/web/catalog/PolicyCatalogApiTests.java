package dev.tenet.web.catalog;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.VisibleDesigns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.tenet.web.catalog.CatalogClient.json;
import static dev.tenet.web.catalog.CatalogClient.ok;
import static dev.tenet.web.catalog.PolicyHistoryRepository.ENCRYPT;
import static dev.tenet.web.catalog.PolicyHistoryRepository.ENCRYPT_TEST;
import static dev.tenet.web.catalog.PolicyHistoryRepository.OPT_OUT;
import static dev.tenet.web.catalog.PolicyHistoryRepository.SHOW_CONFIDENCE;
import static dev.tenet.web.catalog.PolicyHistoryRepository.SYNTHETIC_MEDIA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog's REST API over real HTTP: the catalog, a policy and its history at any ref, the
 * diff between two commits and the impact preview, with the designs each person may see, and
 * Problem Details for every refusal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyCatalogApiTests extends CatalogApplication {

    private Designs designs;
    @Autowired
    DecisionImpacts impacts;
    @Autowired
    VisibleDesigns visibleDesigns;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void peopleAndDesigns() {
        designs = designs();
    }

    @Test
    void theCatalogListsThePoliciesAtTheCurrentCommitByDefault() {
        JsonNode catalog = ok(as("ellen").get("/api/v1/policies"));

        assertThat(catalog.path("ref").asString()).isEqualTo("main");
        assertThat(catalog.path("commit").asString()).isEqualTo(commits.addRemove());
        assertThat(catalog.path("current").asBoolean()).isTrue();
        assertThat(ids(catalog)).contains("transparency.label-synthetic-media").doesNotContain("transparency.show-confidence")
                .isSorted();
        assertThat(catalog.path("total").asInt()).isEqualTo(catalog.path("policies").size());
        JsonNode encrypt = policy(catalog, "privacy.encrypt-personal-data");
        assertThat(encrypt.path("version").asString()).isEqualTo("1.1.0");
        assertThat(encrypt.path("title").asString()).isEqualTo("Encrypt personal data at rest and in transit");
        assertThat(encrypt.path("principle").asString()).isEqualTo("privacy-security");
        assertThat(encrypt.path("enforcement").asString()).isEqualTo("hard-mandatory");
        assertThat(encrypt.path("severity").asString()).isEqualTo("high");
        assertThat(encrypt.path("file").asString()).isEqualTo(ENCRYPT);
        assertThat(encrypt.path("rules").asInt()).isEqualTo(2);
        assertThat(encrypt.path("attestations").asInt()).isEqualTo(1);
        assertThat(encrypt.path("sources").get(0).path("source").asString()).isEqualTo("Responsible AI in Azure workloads");
        assertThat(encrypt.path("lifecycle").isNull()).isTrue();
    }

    @Test
    void theCatalogAtATagShowsThatCommitsPolicies() {
        JsonNode catalog = ok(as("ellen").get("/api/v1/policies?ref=" + commits.tag()));

        assertThat(catalog.path("commit").asString()).isEqualTo(commits.library());
        assertThat(catalog.path("current").asBoolean()).isFalse();
        assertThat(ids(catalog)).contains("transparency.show-confidence").doesNotContain("transparency.label-synthetic-media");
        assertThat(policy(catalog, "privacy.encrypt-personal-data").path("version").asString()).isEqualTo("1.0.0");
    }

    @Test
    void aSearchKeepsThePoliciesThatContainEveryWord() {
        JsonNode synthetic = ok(as("ruth").get("/api/v1/policies?q=synthetic%20MEDIA"));
        JsonNode byRuleMessage = ok(as("ruth").get("/api/v1/policies?q=not+encrypted+at+rest"));
        JsonNode nothing = ok(as("ruth").get("/api/v1/policies?q=synthetic+encrypted"));

        assertThat(ids(synthetic)).containsExactly("transparency.label-synthetic-media");
        assertThat(synthetic.path("query").asString()).isEqualTo("synthetic MEDIA");
        assertThat(ids(byRuleMessage)).containsExactly("privacy.encrypt-personal-data");
        assertThat(ids(nothing)).isEmpty();
        assertThat(nothing.path("total").asInt()).isGreaterThan(30);
    }

    @Test
    void aPolicyComesWholeWithItsRulesAttestationsSourcesAndTests() {
        JsonNode policy = ok(as("ellen").get("/api/v1/policies/privacy.encrypt-personal-data"));

        assertThat(policy.path("commit").asString()).isEqualTo(commits.addRemove());
        assertThat(policy.path("appliesTo").asString()).isEqualTo("design.data.personal");
        assertThat(policy.path("description").asString()).startsWith("User data stays private");
        JsonNode atRest = policy.path("rules").get(0);
        assertThat(atRest.path("id").asString()).isEqualTo("at-rest");
        assertThat(atRest.path("require").asString()).isEqualTo("design.data.encryption.atRest && design.data.retentionDays <= 30");
        assertThat(atRest.path("enforcement").asString()).isEqualTo("hard-mandatory");
        assertThat(atRest.path("message").asString()).isEqualTo("Personal data is not encrypted at rest.");
        assertThat(atRest.path("remediation").asString()).startsWith("Enable encryption");
        assertThat(atRest.path("appliesTo").isNull()).isTrue();
        assertThat(atRest.path("line").asInt()).isPositive();
        assertThat(policy.path("attestations").get(0).path("id").asString()).isEqualTo("inference-data-protection");
        assertThat(policy.path("attestations").get(0).path("stage").asString()).isEqualTo("engineering");
        JsonNode tests = policy.path("tests").get(0);
        assertThat(tests.path("file").asString()).isEqualTo(ENCRYPT_TEST);
        assertThat(tests.path("own").asBoolean()).isTrue();
        JsonNode failing = tests.path("cases").get(1);
        assertThat(failing.path("name").asString()).isEqualTo("unencrypted personal data at rest fails");
        assertThat(failing.path("design").asString()).isEqualTo("../examples/claims-triage.yaml");
        assertThat(failing.path("patch").asString()).isEqualTo("{data: {encryption: {atRest: false}}}");
        assertThat(failing.path("expect").get(0).path("rule").asString()).isEqualTo("at-rest");
        assertThat(failing.path("expect").get(0).path("outcome").asString()).isEqualTo("FAIL");
        assertThat(tests.path("cases").get(4).path("design").isNull()).as("an inline design").isTrue();
    }

    @Test
    void aPolicyListsTheLibraryWideCasesThatCheckItsRules() {
        JsonNode policy = ok(as("ellen").get("/api/v1/policies/privacy.limit-retention"));

        List<JsonNode> shared = new ArrayList<>();
        policy.path("tests").forEach(test -> {
            if (!test.path("own").asBoolean()) {
                shared.add(test);
            }
        });
        assertThat(shared).hasSize(1);
        assertThat(shared.get(0).path("file").asString()).isEqualTo("policies/examples/examples_test.yaml");
        JsonNode media = shared.get(0).path("cases").get(0);
        assertThat(media.path("expect")).hasSize(1);
        assertThat(media.path("expect").get(0).path("rule").asString()).isEqualTo("retention-limit");
        assertThat(media.path("decision").asString()).isEqualTo("NEEDS_WAIVER");
    }

    @Test
    void aPolicyAtAnOlderCommitIsThatVersion() {
        JsonNode policy = ok(as("ellen").get("/api/v1/policies/privacy.encrypt-personal-data?ref=" + commits.library()));

        assertThat(policy.path("version").asString()).isEqualTo("1.0.0");
        assertThat(policy.path("rules").get(0).path("require").asString()).isEqualTo("design.data.encryption.atRest");
        assertThat(policy.path("ref").asString()).isEqualTo(commits.library());
    }

    @Test
    void aRemovedPolicyIsFoundOnlyWhereItExisted() {
        HttpResponse<String> now = as("ellen").get("/api/v1/policies/transparency.show-confidence");
        HttpResponse<String> then = as("ellen").get("/api/v1/policies/transparency.show-confidence?ref=" + commits.tag());

        assertProblem(now, 404, "not-found");
        assertThat(json(now).path("detail").asString()).contains("transparency.show-confidence").contains("main");
        assertThat(then.statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownPolicyIsA404WithTheLikelyId() {
        HttpResponse<String> response = as("ellen").get("/api/v1/policies/privacy.encrypt-personl-data");

        JsonNode problem = assertProblem(response, 404, "not-found");
        assertThat(problem.path("didYouMean").asString()).isEqualTo("privacy.encrypt-personal-data");
        assertThat(problem.path("detail").asString()).contains("did you mean 'privacy.encrypt-personal-data'");
    }

    @Test
    void anUnknownRefIsA404NamingItWithTheCloseNamesAndNoServerPath() {
        for (String path : List.of("/api/v1/policies?ref=mian", "/api/v1/policies/privacy.encrypt-personal-data?ref=mian",
                "/api/v1/policies/privacy.encrypt-personal-data/history?ref=mian", "/api/v1/policies/diff?from=mian&to=main",
                "/api/v1/policies/impact?ref=mian")) {
            HttpResponse<String> response = as("ellen").get(path);

            JsonNode problem = assertProblem(response, 404, "unknown-ref");
            assertThat(problem.path("ref").asString()).as(path).isEqualTo("mian");
            assertThat(problem.path("detail").asString()).as(path).contains("'mian'").contains("did you mean 'main'")
                    .doesNotContain("/tmp").doesNotContain("policies-repo");
            assertThat(problem.path("closeNames").get(0).asString()).isEqualTo("main");
        }
        JsonNode partial = json(as("ellen").get("/api/v1/policies?ref=propos"));
        assertThat(partial.path("closeNames").toString()).contains(commits.proposal());
    }

    @Test
    void aRefWhoseLibraryDoesNotLoadIsA422WithEveryProblemAtItsLine() {
        for (String path : List.of("/api/v1/policies?ref=" + commits.broken(), "/api/v1/policies/diff?from=main&to="
                + commits.broken(), "/api/v1/policies/impact?ref=" + commits.broken())) {
            HttpResponse<String> response = as("ellen").get(path);

            JsonNode problem = assertProblem(response, 422, "library-does-not-load");
            assertThat(problem.path("ref").asString()).isEqualTo(commits.broken());
            List<String> locations = new ArrayList<>();
            problem.path("problems").forEach(p -> {
                assertThat(p.path("line").asInt()).isPositive();
                assertThat(p.path("column").asInt()).isPositive();
                locations.add(p.path("location").asString() + ": " + p.path("message").asString());
            });
            assertThat(locations).containsExactly(OPT_OUT + ":21:3: unknown key 'severty' (did you mean 'severity'?)");
            assertThat(problem.path("detail").asString()).contains("does not load").contains(commits.broken());
        }
    }

    @Test
    void aPoliciesHistoryListsTheCommitsThatChangedItOrItsTestWithTheVersionAtEach() {
        JsonNode history = ok(as("ellen").get("/api/v1/policies/privacy.encrypt-personal-data/history"));

        assertThat(history.path("file").asString()).isEqualTo(ENCRYPT);
        assertThat(history.path("testFile").asString()).isEqualTo(ENCRYPT_TEST);
        JsonNode newest = history.path("commits").get(0);
        JsonNode oldest = history.path("commits").get(1);
        assertThat(history.path("commits")).hasSize(2);
        assertThat(newest.path("id").asString()).isEqualTo(commits.retention());
        assertThat(newest.path("shortId").asString()).isEqualTo(commits.retention().substring(0, newest.path("shortId").asString().length()));
        assertThat(newest.path("author").asString()).isEqualTo("Pat Policy");
        assertThat(newest.path("email").asString()).isEqualTo("pat@policy.invalid");
        assertThat(newest.path("message").asString()).isEqualTo("Keep encrypted personal data at most 30 days");
        assertThat(newest.path("version").asString()).isEqualTo("1.1.0");
        assertThat(newest.path("parent").asString()).isEqualTo(commits.library());
        assertThat(newest.path("files").toString()).contains(ENCRYPT).contains(ENCRYPT_TEST);
        assertThat(oldest.path("id").asString()).isEqualTo(commits.library());
        assertThat(oldest.path("version").asString()).isEqualTo("1.0.0");
        assertThat(oldest.path("parent").isNull()).as("the repository's first commit").isTrue();
        assertThat(history.path("more").asBoolean()).isFalse();
    }

    @Test
    void aHistoryStopsAtTheRefAndAtTheLimit() {
        JsonNode atTag = ok(as("ellen").get("/api/v1/policies/privacy.encrypt-personal-data/history?ref=" + commits.tag()));
        JsonNode limited = ok(as("ellen").get("/api/v1/policies/privacy.encrypt-personal-data/history?limit=1"));
        JsonNode onProposal = ok(as("ellen").get("/api/v1/policies/privacy.encrypt-personal-data/history?ref="
                + commits.proposal()));
        JsonNode added = ok(as("ellen").get("/api/v1/policies/transparency.label-synthetic-media/history"));

        assertThat(atTag.path("commits")).hasSize(1);
        assertThat(limited.path("commits")).hasSize(1);
        assertThat(limited.path("more").asBoolean()).isTrue();
        assertThat(onProposal.path("commits").get(0).path("version").asString()).isEqualTo("1.2.0");
        assertThat(added.path("commits")).hasSize(1);
        assertThat(added.path("commits").get(0).path("id").asString()).isEqualTo(commits.addRemove());
        assertThat(added.path("testFile").isNull()).isTrue();
    }

    @Test
    void aLimitOutOfRangeOrNotANumberIsA400NamingIt() {
        for (String limit : List.of("0", "201", "-3", "many")) {
            HttpResponse<String> response = as("ellen").get("/api/v1/policies/privacy.encrypt-personal-data/history?limit=" + limit);

            JsonNode problem = assertProblem(response, 400, "invalid-request");
            assertThat(problem.path("errors").get(0).path("field").asString()).as(limit).isEqualTo("limit");
        }
    }

    @Test
    void aDiffNeedsBothEndsAndNamesEachMissingOne() {
        JsonNode noTo = assertProblem(as("ellen").get("/api/v1/policies/diff?from=main"), 400, "invalid-request");
        JsonNode neither = assertProblem(as("ellen").get("/api/v1/policies/diff?from=&to=%20"), 400, "invalid-request");
        JsonNode noFromUnknownTo = assertProblem(as("ellen").get("/api/v1/policies/diff?to=mian"), 400, "invalid-request");

        assertThat(noTo.path("errors")).hasSize(1);
        assertThat(noTo.path("errors").get(0).path("field").asString()).isEqualTo("to");
        assertThat(noTo.path("detail").asString()).startsWith("to: is required");
        assertThat(neither.path("errors").findValuesAsString("field")).containsExactly("from", "to");
        assertThat(noFromUnknownTo.path("errors").findValuesAsString("field")).containsExactly("from");
    }

    @Test
    void aDiffListsPoliciesAddedRemovedAndChangedRuleByRuleAndTheFiles() {
        JsonNode diff = ok(as("ellen").get("/api/v1/policies/diff?from=" + commits.tag() + "&to=main"));

        assertThat(diff.path("from").path("commit").asString()).isEqualTo(commits.library());
        assertThat(diff.path("to").path("ref").asString()).isEqualTo("main");
        assertThat(diff.path("to").path("commit").asString()).isEqualTo(commits.addRemove());
        assertThat(diff.path("added").findValuesAsString("id")).containsExactly("transparency.label-synthetic-media");
        assertThat(diff.path("removed").findValuesAsString("id")).containsExactly("transparency.show-confidence");
        JsonNode encrypt = diff.path("changed").get(0);
        assertThat(diff.path("changed")).hasSize(1);
        assertThat(encrypt.path("id").asString()).isEqualTo("privacy.encrypt-personal-data");
        assertThat(encrypt.path("versionBefore").asString()).isEqualTo("1.0.0");
        assertThat(encrypt.path("versionAfter").asString()).isEqualTo("1.1.0");
        JsonNode rule = encrypt.path("rules").get(0);
        assertThat(rule.path("id").asString()).isEqualTo("at-rest");
        assertThat(rule.path("change").asString()).isEqualTo("modified");
        assertThat(rule.path("fields").get(0).path("field").asString()).isEqualTo("require");
        assertThat(rule.path("fields").get(0).path("before").asString()).isEqualTo("design.data.encryption.atRest");
        assertThat(rule.path("fields").get(0).path("after").asString()).contains("retentionDays <= 30");
        assertThat(rule.path("before").path("require").asString()).isEqualTo("design.data.encryption.atRest");
        List<String> files = new ArrayList<>();
        diff.path("files").forEach(f -> files.add(f.path("change").asString() + " " + f.path("path").asString()
                + " " + (f.path("policy").isNull() ? "-" : f.path("policy").asString())));
        assertThat(files).containsExactly(
                "MODIFIED " + ENCRYPT + " privacy.encrypt-personal-data",
                "MODIFIED " + ENCRYPT_TEST + " privacy.encrypt-personal-data",
                "ADDED " + SYNTHETIC_MEDIA + " transparency.label-synthetic-media",
                "REMOVED " + SHOW_CONFIDENCE + " transparency.show-confidence",
                "REMOVED " + SHOW_CONFIDENCE.replace(".yaml", "_test.yaml") + " transparency.show-confidence");
    }

    @Test
    void aDiffListsTheDesignsWhoseDecisionChangesThatThePersonMaySee() {
        String path = "/api/v1/policies/diff?from=" + commits.tag() + "&to=main";
        JsonNode ellen = ok(as("ellen").get(path)).path("designs");
        JsonNode ruth = ok(as("ruth").get(path)).path("designs");
        JsonNode reese = ok(as("reese").get(path)).path("designs");
        JsonNode adele = ok(as("adele").get(path)).path("designs");

        assertThat(ellen.path("checked").asInt()).isEqualTo(3);
        assertThat(names(ellen)).containsExactlyInAnyOrder("triage", "revised");
        JsonNode triage = design(ellen, designs.triage());
        assertThat(triage.path("team").asString()).isEqualTo("claims");
        assertThat(triage.path("decisionBefore").asString()).isEqualTo("PASS");
        assertThat(triage.path("decisionAfter").asString()).isEqualTo("BLOCKED");
        assertThat(triage.path("tierBefore").asString()).isEqualTo("high");
        assertThat(triage.path("worse").asBoolean()).isTrue();
        assertThat(triage.path("state").asString()).isEqualTo("IN_REVIEW");
        JsonNode moved = triage.path("findings").get(0);
        assertThat(moved.path("policy").asString() + "/" + moved.path("rule").asString())
                .isEqualTo("privacy.encrypt-personal-data/at-rest");
        assertThat(moved.path("outcomeBefore").asString()).isEqualTo("PASS");
        assertThat(moved.path("outcomeAfter").asString()).isEqualTo("FAIL");
        assertThat(ruth.path("checked").asInt()).as("ruth: triage, no-opt-out, screener").isEqualTo(3);
        assertThat(names(ruth)).containsExactly("triage");
        assertThat(reese.path("checked").asInt()).as("reese also sees the draft he sent back").isEqualTo(4);
        assertThat(names(reese)).containsExactlyInAnyOrder("triage", "revised");
        assertThat(adele.path("checked").asInt()).isEqualTo(5);
        assertThat(names(adele)).containsExactlyInAnyOrder("triage", "revised", "otto-draft");
        assertThat(ok(as("ruth").get(path)).toString()).doesNotContain("otto-draft").doesNotContain("revised");
    }

    @Test
    void theImpactPreviewComparesEveryVisibleDesignAtTheRefWithTheCurrentCommitWorseFirst() {
        JsonNode impact = ok(as("ellen").get("/api/v1/policies/impact?ref=" + commits.proposal()));

        assertThat(impact.path("current").path("commit").asString()).isEqualTo(commits.addRemove());
        assertThat(impact.path("proposed").path("ref").asString()).isEqualTo(commits.proposal());
        assertThat(impact.path("proposed").path("commit").asString()).isEqualTo(commits.proposalCommit());
        assertThat(impact.path("states")).hasSize(7);
        assertThat(impact.path("checked").asInt()).isEqualTo(3);
        assertThat(impact.path("changed").asInt()).isEqualTo(3);
        assertThat(impact.path("worse").asInt()).isEqualTo(1);
        assertThat(impact.path("better").asInt()).isEqualTo(2);
        JsonNode first = impact.path("designs").get(0);
        assertThat(first.path("name").asString()).isEqualTo("no-opt-out");
        assertThat(first.path("decisionBefore").asString()).isEqualTo("PASS_WITH_ADVICE");
        assertThat(first.path("decisionAfter").asString()).isEqualTo("BLOCKED");
        assertThat(first.path("worse").asBoolean()).isTrue();
        assertThat(first.path("findings").toString()).contains("privacy.offer-opt-out").contains("\"enforcementBefore\":\"advisory\"")
                .contains("\"enforcementAfter\":\"hard-mandatory\"");
        JsonNode triage = design(impact, designs.triage());
        assertThat(triage.path("decisionBefore").asString()).isEqualTo("BLOCKED");
        assertThat(triage.path("decisionAfter").asString()).isEqualTo("PASS");
        assertThat(triage.path("better").asBoolean()).isTrue();
        JsonNode revised = design(impact, designs.revised());
        assertThat(revised.path("state").asString()).isEqualTo("DRAFT");
        assertThat(revised.path("revision").asInt()).isEqualTo(2);
    }

    @Test
    void theImpactPreviewShowsEachPersonOnlyTheDesignsTheyMaySee() {
        String path = "/api/v1/policies/impact?ref=" + commits.proposal();

        assertThat(names(ok(as("ruth").get(path)))).containsExactlyInAnyOrder("no-opt-out", "triage", "screener");
        assertThat(names(ok(as("reese").get(path)))).containsExactlyInAnyOrder("no-opt-out", "triage", "revised", "screener");
        assertThat(names(ok(as("otto").get(path)))).containsExactlyInAnyOrder("screener", "otto-draft");
        assertThat(names(ok(as("adele").get(path)))).hasSize(5);
        assertThat(as("ruth").get(path).body()).doesNotContain("otto-draft").doesNotContain("revised");
        assertThat(as("ellen").get(path).body()).doesNotContain("screener").doesNotContain("otto-draft");
    }

    @Test
    void theImpactPreviewCanBeLimitedToSomeStates() {
        JsonNode approved = ok(as("ellen").get("/api/v1/policies/impact?ref=" + commits.proposal() + "&state=APPROVED"));
        JsonNode drafts = ok(as("ellen").get("/api/v1/policies/impact?ref=" + commits.proposal() + "&state=draft&state=IN_REVIEW"));

        assertThat(approved.path("checked").asInt()).isZero();
        assertThat(approved.path("states").get(0).asString()).isEqualTo("APPROVED");
        assertThat(drafts.path("checked").asInt()).isEqualTo(3);
        assertThat(drafts.path("states")).hasSize(2);
    }

    @Test
    void theImpactPreviewNeedsARefAndKnownStates() {
        JsonNode noRef = assertProblem(as("ellen").get("/api/v1/policies/impact"), 400, "invalid-request");
        JsonNode badState = assertProblem(as("ellen").get("/api/v1/policies/impact?ref=main&state=LOST"), 400, "invalid-request");

        assertThat(noRef.path("errors").get(0).path("field").asString()).isEqualTo("ref");
        assertThat(badState.path("errors").get(0).path("field").asString()).isEqualTo("state");
        assertThat(badState.path("detail").asString()).contains("APPROVED").contains("'LOST'");
    }

    @Test
    void theImpactOfTheCurrentCommitChangesNothing() {
        JsonNode impact = ok(as("adele").get("/api/v1/policies/impact?ref=main"));

        assertThat(impact.path("checked").asInt()).isEqualTo(5);
        assertThat(impact.path("changed").asInt()).isZero();
    }

    @Test
    void theIdsOfVisibleDesignsAreThoseOfTheDesignList() {
        for (Actor actor : List.of(new Actor("ellen", "claims", Set.of("ENGINEER")), new Actor("otto", "other", Set.of("ENGINEER")),
                new Actor("reese", "", Set.of("RESEARCH")), new Actor("ruth", "", Set.of("RESEARCH")),
                new Actor("paige", "", Set.of("POLICY")), new Actor("adele", "", Set.of("ADMIN")),
                new Actor("nobody", "", Set.of()))) {
            Set<Long> listed = new HashSet<>();
            visibleDesigns.page(actor, new VisibleDesigns.Filter(null, null, null), 0, 100).items()
                    .forEach(design -> listed.add(design.id()));

            assertThat(visibleDesigns.ids(actor, EnumSet.allOf(DesignState.class))).as(actor.username())
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
        assertThat(visibleDesigns.ids(new Actor("adele", "", Set.of("ADMIN")), Set.of(DesignState.APPROVED))).isEmpty();
    }

    @Test
    void aBusyServerAnswersTooManyRequestsWithRetryAfter() throws InterruptedException {
        impacts.forget();
        impacts.running().acquire(DecisionImpacts.CONCURRENT);
        try {
            for (String path : List.of("/api/v1/policies/impact?ref=" + commits.proposal(),
                    "/api/v1/policies/diff?from=" + commits.tag() + "&to=main")) {
                HttpResponse<String> response = as("ellen").get(path);

                JsonNode problem = assertProblem(response, 429, "too-many-requests");
                assertThat(response.headers().firstValue("Retry-After")).as(path).hasValue("5");
                assertThat(problem.path("detail").asString())
                        .isEqualTo("another impact preview is running; try again in a few seconds");
            }
        } finally {
            impacts.running().release(DecisionImpacts.CONCURRENT);
        }
        assertThat(ok(as("ellen").get("/api/v1/policies/impact?ref=" + commits.proposal())).path("checked").asInt())
                .isEqualTo(3);
    }

    @Test
    void keptResultsAnswerWithoutEvaluatingFilteredForEachPersonUntilADesignChanges() throws InterruptedException {
        String path = "/api/v1/policies/impact?ref=" + commits.proposal();
        impacts.forget();
        assertThat(ok(as("adele").get(path)).path("checked").asInt()).isEqualTo(5);
        impacts.running().acquire(DecisionImpacts.CONCURRENT);
        try {
            assertThat(names(ok(as("ruth").get(path)))).containsExactlyInAnyOrder("no-opt-out", "triage", "screener");
            assertThat(names(ok(as("otto").get(path)))).containsExactlyInAnyOrder("screener", "otto-draft");
            assertThat(ok(as("adele").get(path)).path("worse").asInt()).isEqualTo(1);

            jdbc.update("UPDATE designs SET version = version + 1 WHERE id = ?", designs.screener());
            try {
                assertProblem(as("ruth").get(path), 429, "too-many-requests");
            } finally {
                jdbc.update("UPDATE designs SET version = version - 1 WHERE id = ?", designs.screener());
            }
        } finally {
            impacts.running().release(DecisionImpacts.CONCURRENT);
        }
    }

    @Test
    void nobodySignedInGetsAProblemAnswer() {
        for (String path : List.of("/api/v1/policies", "/api/v1/policies/privacy.encrypt-personal-data",
                "/api/v1/policies/privacy.encrypt-personal-data/history", "/api/v1/policies/diff?from=main&to=main",
                "/api/v1/policies/impact?ref=main")) {
            HttpResponse<String> response = anonymous().get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("https://tenet.dev/problems/" + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("instance").asString()).isEqualTo(response.uri().getPath());
        return problem;
    }

    private static List<String> ids(JsonNode catalog) {
        return catalog.path("policies").findValuesAsString("id");
    }

    private static JsonNode policy(JsonNode catalog, String id) {
        for (JsonNode policy : catalog.path("policies")) {
            if (policy.path("id").asString().equals(id)) {
                return policy;
            }
        }
        throw new AssertionError("no " + id + " in " + ids(catalog));
    }

    private static List<String> names(JsonNode impact) {
        JsonNode list = impact.has("designs") ? impact.path("designs") : impact;
        List<String> names = new ArrayList<>();
        list.forEach(d -> names.add(d.path("name").asString()));
        return names;
    }

    private static JsonNode design(JsonNode impact, long id) {
        for (JsonNode design : impact.path("designs")) {
            if (design.path("id").asLong() == id) {
                return design;
            }
        }
        throw new AssertionError("no design " + id + " in " + impact);
    }
}
