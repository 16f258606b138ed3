package dev.tenet.web.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A design with a hard-mandatory failure cannot be approved, and the reviewer is told why. */
class BlockedDesignBrowserTest extends BrowserApplication {


    @Test
    void theApproveActionOfABlockedDesignShowsWhyItIsRefused() {
        Examples.Named design = Examples.claims("resume-screener.yaml", "resume-screener");
        browser.signIn("erin").get("/designs/new");
        browser.find("#design-yaml").sendKeys(design.yaml());
        browser.find("form[enctype] button[type=submit]").click();
        browser.waitForText("#flash", "saved as a draft");
        String page = browser.path();
        browser.find("form[action$='/submit'] button").click();
        browser.waitForText("#flash", "Submitted for review");
        assertThat(browser.find("#page").getText()).contains("Decision: Blocked");

        browser.signIn("riley").get(page);
        assertThat(browser.find("#review-form .alert-warning").getText()).contains("cannot be approved");
        browser.find("#review-comment").sendKeys("Looks fine to me");
        browser.find("#review-form button[value=APPROVE]").click();

        String refusal = browser.waitForText("#flash", "cannot be approved");
        assertThat(refusal).contains("BLOCKED by a hard-mandatory failure");
        assertThat(browser.find("#flash .alert").getAttribute("role")).isEqualTo("alert");
        assertThat(browser.find("#review-comment").getAttribute("value")).isEqualTo("Looks fine to me");
        assertThat(browser.find("#page p.mb-2").getText()).contains("In review");
        browser.screenshots("design-blocked");

        browser.get(page);
        assertThat(browser.find("#page").getText()).doesNotContain("riley at the research stage");
    }
}
