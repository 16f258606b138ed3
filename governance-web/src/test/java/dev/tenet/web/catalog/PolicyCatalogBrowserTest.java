package dev.tenet.web.catalog;

import dev.tenet.web.TenetProperties;
import dev.tenet.web.browser.BrowserApplication;
import dev.tenet.web.catalog.PolicyHistoryRepository.Commits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy reviewer works through the catalog in Debian's chromium, on the demo data: finds a
 * policy by searching, reads it, opens its history, compares a commit with the one before it side
 * by side, compares two refs through the form, and previews what a proposed branch would do to
 * the designs. Each page loads without a script error or a Content-Security-Policy violation, and
 * is captured at laptop and phone sizes under target/screenshots.
 *
 * <p>The policy changes are on branches of the demo application's policy repository
 * ({@code catalog}, {@code catalog-proposal}, tag {@code catalog-v1}): its {@code main} stays where
 * the other browser tests expect it.
 */
class PolicyCatalogBrowserTest extends BrowserApplication {

    @Autowired
    TenetProperties properties;
    Commits commits;

    @BeforeAll
    void branches() {
        commits = PolicyHistoryRepository.onBranch(Path.of(properties.policies().repository()), "catalog");
    }

    @Test
    void aReviewerFindsAPolicyReadsItAndFollowsItsHistoryToASideBySideDiff() {
        browser.signIn("pat").get("/policies");
        assertThat(browser.waitFor("h1").getText()).isEqualTo("Policies");
        assertThat(browser.find("nav a[aria-current='page']").getText()).isEqualTo("Policies");
        assertThat(browser.findAll("#catalog-results h2")).extracting(WebElement::getText)
                .contains("Fairness", "Privacy and security", "Transparency");
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.screenshots("policies");

        browser.find("#catalog-q").sendKeys("not encrypted at rest");
        browser.waitForText("#catalog-results [role=status]", "matches");
        assertThat(browser.findAll("#catalog-results tbody tr")).hasSize(1);
        assertThat(browser.path()).as("the search is in the address, to share or reload").contains("q=not%20encrypted");
        browser.screenshots("policies-search");

        browser.click("#catalog-results tbody a");
        assertThat(browser.waitFor("h1").getText()).isEqualTo("Encrypt personal data at rest and in transit");
        assertThat(browser.find("#rule-at-rest").getText()).contains("design.data.encryption.atRest")
                .contains("Personal data is not encrypted at rest.");
        assertThat(browser.find("#tests-heading").getText()).isEqualTo("Tests");
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.screenshots("policy");
        browser.printed("policy");

        browser.find("#policy-ref").sendKeys(commits.branch());
        browser.click("#page form button[type=submit]");
        browser.waitForText(".alert-info", "You are viewing the policy library at " + commits.branch());
        assertThat(browser.find("#rule-at-rest").getText()).contains("design.data.retentionDays <= 30");
        browser.click("a[href*='/history']");
        assertThat(browser.waitFor("h1").getText()).isEqualTo("History of Encrypt personal data at rest and in transit");
        List<WebElement> rows = browser.findAll(".history-table tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("Keep encrypted personal data at most 30 days").contains("Pat Policy")
                .contains("1.1.0");
        assertThat(rows.get(1).getText()).contains("1.0.0");
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.screenshots("policy-history");

        browser.click(".history-table tbody tr:first-child a[href*='/policies/diff']");
        assertThat(browser.waitFor("h1").getText()).isEqualTo("Compare policy versions");
        assertThat(browser.path()).contains("#file-policies-privacy-security-encrypt-personal-data-yaml");
        assertThat(browser.findAll("#file-policies-privacy-security-encrypt-personal-data-yaml tr.row-CHANGED td.new ins"))
                .extracting(WebElement::getText).contains("1", " && design.data.retentionDays <= 30");
        assertThat(browser.find("#file-policies-privacy-security-encrypt-personal-data-yaml").getText())
                .contains("design.data.encryption.atRest && design.data.retentionDays <= 30")
                .contains("unchanged lines");
        assertThat(browser.find("#policy-changes-heading").getText()).isEqualTo("Policy changes");
        assertThat(browser.find(".part-changes").getText()).contains("Rule at-rest changed");
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.screenshots("policy-diff");
    }

    @Test
    void aReviewerComparesTwoRefsThroughTheForm() {
        browser.signIn("pat").get("/policies/diff");
        browser.find("#diff-from").sendKeys(commits.tag());
        browser.find("#diff-to").sendKeys(commits.branch());
        browser.click("#page form button[type=submit]");

        browser.waitForText("#diff-summary", "From " + commits.tag());
        assertThat(browser.find("#files-heading").getText()).isEqualTo("Changed files (5)");
        assertThat(browser.findAll("table.diff-one")).hasSize(3);
        assertThat(browser.find("#policy-changes-heading + h3").getText()).isEqualTo("Added");
        assertThat(browser.find("#design-changes-heading").getText()).isEqualTo("Designs whose decision would change");

        browser.click("#view-unified");
        browser.click("#page form button[type=submit]");
        browser.waitFor("table.diff-unified");
        assertThat(browser.findAll("table.diff-split")).isEmpty();
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    @Test
    void aReviewerPreviewsTheImpactOfAProposedBranchWorseDesignsFirst() {
        browser.signIn("pat").get("/policies/impact");
        assertThat(browser.waitFor("h1").getText()).isEqualTo("Impact preview");
        browser.find("#impact-ref").sendKeys(commits.proposal());
        browser.click("#page form button[type=submit]");

        browser.waitFor(".impact-counts");
        assertThat(Integer.parseInt(browser.find(".impact-counts .count-worse dd").getText())).isPositive();
        WebElement first = browser.find(".impact-table tbody tr:first-child");
        assertThat(first.getAttribute("class")).contains("impact-worse");
        assertThat(first.getText()).contains("claims/claim-form-extraction").contains("worse")
                .contains("privacy.offer-opt-out/opt-out");
        assertThat(first.findElement(By.cssSelector("a")).getAttribute("href")).contains("/designs/");
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.screenshots("policy-impact");
    }
}
