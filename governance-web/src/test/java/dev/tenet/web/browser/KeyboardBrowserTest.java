package dev.tenet.web.browser;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.SubmissionService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A reviewer who uses only the keyboard reaches the review form and sends it. */
class KeyboardBrowserTest extends BrowserApplication {

    static final Actor ERIN = new Actor("erin", "claims", Set.of("ENGINEER"));

    @Autowired
    SubmissionService submissions;

    @Test
    void theKeyboardAloneReachesTheReviewFormAndApproves() {
        Examples.Named example = Examples.claims("claims-triage.yaml", "keyboard");
        long id = submissions.save(ERIN, example.name() + ".yaml", example.yaml()).design().id();
        submissions.submit(ERIN, id);
        browser.signIn("riley").get("/designs/" + id);
        Actions keyboard = new Actions(browser.driver());

        keyboard.sendKeys(Keys.TAB).perform();
        assertThat(focused().getAttribute("class")).contains("skip-link");
        keyboard.sendKeys(Keys.ENTER).perform();
        assertThat(focused().getAttribute("id")).isEqualTo("main");

        int tabs = 0;
        while (!"review-comment".equals(focused().getAttribute("id")) && tabs++ < 40) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertThat(focused().getAttribute("id")).isEqualTo("review-comment");
        assertThat(tabs).isLessThan(15);
        keyboard.sendKeys("Checked with the keyboard only").sendKeys(Keys.TAB).perform();
        assertThat(focused().getAttribute("value")).isEqualTo("APPROVE");
        keyboard.sendKeys(Keys.ENTER).perform();

        browser.waitForText("#flash", "Your approval is recorded");
        assertThat(focused().getAttribute("class")).contains("alert");
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }
}
