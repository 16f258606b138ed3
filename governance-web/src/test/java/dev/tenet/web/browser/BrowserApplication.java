package dev.tenet.web.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The {@link DemoApplication} with one Chromium browser for a test class: opened before its
 * tests, closed after them. Without Chromium the class is skipped, or fails when {@code CI=true}
 * ({@link BrowserAvailable}).
 */
@ExtendWith(BrowserAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserApplication extends DemoApplication {

    @LocalServerPort
    protected int port;
    protected Browser browser;

    @BeforeAll
    protected void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    protected void closeBrowser() {
        browser.close();
    }
}
