package dev.tenet.web.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages every role sees first, on the demo data, captured at laptop and phone sizes under
 * target/screenshots for a person to review; each must load without a script error or a
 * Content-Security-Policy violation.
 */
class PageScreenshotsBrowserTest extends BrowserApplication {


    @Test
    void theSignInPage() {
        browser.signOut();
        browser.get("/login");
        assertThat(browser.waitFor("h1").getText()).isNotBlank();
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.screenshots("login");
    }

    @Test
    void anEngineersQueueListsTheTeamsDesignsByState() {
        browser.signIn("erin").get("/queue");
        assertThat(browser.waitFor("h1").getText()).isEqualTo("My work");
        assertThat(browser.find("#team-heading").getText()).contains("claims");
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.screenshots("queue");
    }

    @Test
    void theDashboardDrawsItsCharts() {
        browser.signIn("bo").get("/dashboard");
        browser.waitFor("#dashboard[data-ready='true']");
        assertThat(browser.findAll("canvas")).hasSize(4);
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.screenshots("dashboard");
    }

    @Test
    void theAuditTrail() {
        browser.signIn("ada").get("/audit");
        assertThat(browser.waitFor("h1").getText()).isNotBlank();
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.screenshots("audit");
    }

    @Test
    void theListOfDesigns() {
        browser.signIn("pat").get("/designs");
        assertThat(browser.waitFor("h1").getText()).isEqualTo("Designs");
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.screenshots("designs");
    }
}
