package dev.tenet.web.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs browser tests only where Debian's chromium and chromedriver are installed. A developer
 * without them sees the tests skipped; on CI ({@code CI=true}) their absence fails the build, so
 * the browser tests can never silently stop running there.
 */
public final class BrowserAvailable implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
        }
        String missing = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(missing + ", and CI=true: on CI they must run");
        }
        return ConditionEvaluationResult.disabled(missing + "; skipped outside CI");
    }
}
