package dev.tenet.web.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review of a high-risk design in a real browser: an engineer pastes it, three stages sign in
 * turn (research with two reviewers), the board signs, and the decision record prints.
 */
class ReviewJourneyBrowserTest extends BrowserApplication {


    @Test
    void anEngineerSubmitsThreeStagesSignTheBoardApprovesAndTheRecordPrints() {
        Examples.Named design = Examples.claims("claims-triage.yaml", "claims-triage");
        browser.signIn("erin").get("/designs/new");
        browser.find("#design-yaml").sendKeys(design.yaml());
        browser.find("form[enctype] button[type=submit]").click();
        browser.waitForText("#flash", "saved as a draft");
        assertThat(browser.find("h1").getText()).isEqualTo("claims/" + design.name());
        assertThat(browser.path()).matches("/designs/\\d+");
        String page = browser.path();

        browser.find("form[action$='/submit'] button").click();
        browser.waitForText("#flash", "Submitted for review");
        assertThat(browser.find("#page").getText()).contains("In review", "Stage: research", "High risk");

        approve(page, "riley", "research", true);
        approve(page, "rosa", "research", false);
        approve(page, "pat", "policy", false);
        approve(page, "eli", "engineering", false);
        approve(page, "bo", "board", false);
        approve(page, "bea", "board", false);
        assertThat(browser.find("#page p.mb-2").getText()).contains("Approved");

        browser.get(page + "/record");
        assertThat(browser.waitFor("h1").getText()).isEqualTo("Decision record: claims/" + design.name());
        assertThat(browser.find("#page").getText()).contains("riley", "rosa", "pat", "eli", "bo", "bea",
                "https://wiki.example/claims-triage/legal-review", "Checked by bea");
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.screenshots("record");
        browser.printed("record");
    }

    @Test
    void aDesignThatDoesNotReadComesBackWithItsProblemsAtTheirLines() {
        String broken = Examples.claims("claims-triage.yaml", "claims-triage").yaml()
                .replace("  description: >-", "  descripton: >-")
                .replace("  decisionImpact: high", "  decisionImpact: enormous");
        browser.signIn("erin").get("/designs/new");
        browser.find("#design-yaml").sendKeys(broken);
        browser.find("form[enctype] button[type=submit]").click();

        browser.waitForText("#flash", "does not read");
        List<WebElement> problems = browser.findAll("#problem-list li");
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).getText()).matches("line \\d+, column \\d+: .+");
        assertThat(browser.findAll("tr.highlighted")).isNotEmpty();
        assertThat(browser.find("#design-yaml").getAttribute("value")).contains("descripton: >-");
        browser.screenshots("submit-errors");
    }

    private void approve(String page, String reviewer, String stage, boolean screenshot) {
        browser.signIn(reviewer);
        if (screenshot) {
            browser.screenshots("queue-reviewer");
        }
        browser.get(page);
        assertThat(browser.waitFor("#review-form h3").getText()).isEqualTo("Review at the " + stage + " stage");
        if (screenshot) {
            browser.screenshots("design");
        }
        browser.script("window.tenetPageMarker = true"); // survives only an in-place (htmx) update
        browser.find("#review-comment").sendKeys("Checked by " + reviewer);
        browser.find("#review-form button[value=APPROVE]").click();
        browser.waitForText("#flash", "Your approval is recorded");
        assertThat(browser.script("return window.tenetPageMarker === true")).isEqualTo(true);
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }
}
