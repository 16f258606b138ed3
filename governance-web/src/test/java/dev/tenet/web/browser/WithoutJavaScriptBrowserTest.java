package dev.tenet.web.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every form posts and redirects on its own: htmx only makes it quicker. */
@ExtendWith(BrowserAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WithoutJavaScriptBrowserTest extends DemoApplication {

    @LocalServerPort
    int port;
    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.withoutJavaScript(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aDesignIsSavedSubmittedAndReviewedWithPlainFormPosts() {
        Examples.Named design = Examples.claims("claims-triage.yaml", "no-script");
        browser.signIn("erin").get("/designs/new");
        browser.find("#design-yaml").sendKeys(design.yaml());
        browser.find("form[enctype] button[type=submit]").click();
        browser.waitForText("#flash", "saved as a draft");
        String page = browser.path();
        browser.find("form[action$='/submit'] button").click();
        browser.waitForText("#flash", "Submitted for review");

        browser.signIn("riley").get(page);
        browser.find("#review-comment").sendKeys("Reviewed without scripts");
        browser.find("#review-form button[value=APPROVE]").click();
        browser.waitForText("#flash", "Your approval is recorded");
        assertThat(browser.path()).isEqualTo(page);
        assertThat(browser.find("#page").getText()).contains("Reviewed without scripts", "1 of 2 approvals");
    }
}
