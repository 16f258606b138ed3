package dev.tenet.web.browser;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.SubmissionService;
import dev.tenet.web.submission.Verdict;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What reviewers record from the design page: a harm (research), a waiver (policy), an attestation answer. */
class ReviewerFormsBrowserTest extends BrowserApplication {

    static final Actor ERIN = new Actor("erin", "claims", Set.of("ENGINEER"));
    static final Actor RILEY = new Actor("riley", "", Set.of("RESEARCH"));

    @Autowired
    SubmissionService submissions;

    @Test
    void researchRecordsAHarmAndPolicyWaivesAFailingRuleAndAnswersAnAttestation() {
        Examples.Named example = Examples.claims("media-recommendations.yaml", "forms");
        long id = submissions.save(ERIN, example.name() + ".yaml", example.yaml()).design().id();
        submissions.submit(ERIN, id);

        browser.signIn("riley").get("/designs/" + id);
        browser.click("#harms-heading ~ details > summary");
        browser.find("#harm-harm").sendKeys("Recommendations narrow what some viewers are shown");
        browser.find("#harm-group").sendKeys("viewers");
        new Select(browser.find("#harm-likelihood")).selectByValue("medium");
        new Select(browser.find("#harm-severity")).selectByValue("low");
        browser.find("#harm-mitigation").sendKeys("A diversity floor in every list");
        browser.click("form[action$='/harms'] button");
        browser.waitForText("#flash", "The harm is in the risk register");
        assertThat(browser.find("#harms-heading ~ .table-responsive").getText()).contains("viewers", "riley");
        submissions.review(RILEY, id, "research", Verdict.APPROVE, "harms recorded");

        browser.signIn("pat").get("/designs/" + id);
        browser.click("#waivers-heading ~ details > summary");
        Select rule = new Select(browser.find("#waiver-finding"));
        assertThat(rule.getOptions()).isNotEmpty();
        String waived = rule.getOptions().get(0).getAttribute("value");
        browser.script("arguments[0].value = arguments[1]", browser.find("#waiver-expires"),
                LocalDate.now().plusMonths(6).toString());
        browser.find("#waiver-justification").sendKeys("Accepted until the next model release");
        browser.click("form[action$='/waivers'] button");
        browser.waitForText("#flash", "The waiver is granted");
        assertThat(browser.find("#waivers-heading ~ .table-responsive").getText())
                .contains(waived, "Accepted until the next model release", "pat");

        browser.click("details.attestation-stage[open] details > summary");
        browser.click("details.attestation-stage[open] details[open] input[value=true]");
        browser.find("details.attestation-stage[open] details[open] input[type=url]").clear();
        browser.find("details.attestation-stage[open] details[open] input[type=url]")
                .sendKeys("https://wiki.example/legal/review");
        browser.click("details.attestation-stage[open] details[open] button");
        browser.waitForText("#flash", "The answer is recorded");
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.screenshots("design-policy");
    }
}
