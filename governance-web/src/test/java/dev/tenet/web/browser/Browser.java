package dev.tenet.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * A headless chromium driven through chromedriver, pointed at the application under test: signs
 * people in, opens pages, waits for what a page shows, and saves screenshots for review.
 */
public final class Browser implements AutoCloseable {

    /** Where screenshots go, for a person to look at after the build. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final Dimension LAPTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** A new browser for the application on {@code port} of 127.0.0.1, at laptop size. */
    public static Browser open(int port) {
        return open(port, true);
    }

    /** A new browser that runs no JavaScript at all, to check that every form works without it. */
    public static Browser withoutJavaScript(int port) {
        return open(port, false);
    }

    private static Browser open(int port, boolean javaScript) {
        try {
            Path profile = Files.createTempDirectory("tenet-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(BrowserAvailable.CHROMIUM.toString())
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1",
                            "--window-size=" + LAPTOP.width + "," + LAPTOP.height, "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            if (!javaScript) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(BrowserAvailable.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile, "http://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application. */
    public Browser get(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the login page (signing out whoever was signed in), and lands on "My work". */
    public Browser signIn(String username) {
        driver.manage().deleteAllCookies();
        get("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/(queue)?$"));
        return this;
    }

    public void signOut() {
        driver.manage().deleteAllCookies();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /**
     * Scrolls an element to the middle of the window and clicks it, as a person would. The scroll
     * is instant: Bootstrap makes scrolling smooth, and a click during the animation misses.
     */
    public void click(String css) {
        WebElement element = find(css);
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until an element shows and returns it. */
    public WebElement waitFor(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until an element's text contains a text and returns the element's text. */
    public String waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return find(css).getText();
    }

    /** The path of the current page. */
    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Messages the page logged at SEVERE (script errors, Content-Security-Policy violations) since the last call. */
    public List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /**
     * Saves the current page as {@code name-1280x900.png} and {@code name-390x844.png}: the
     * viewport at that size (the phone emulated as a mobile device), each with a {@code -full}
     * twin of the whole page.
     */
    public void screenshots(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (Dimension size : List.of(LAPTOP, PHONE)) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width,
                        "height", size.height, "deviceScaleFactor", 1, "mobile", size.equals(PHONE)));
                Thread.sleep(300); // let the layout (and Chart.js's resize) settle
                String label = name + "-" + size.width + "x" + size.height;
                Files.write(SCREENSHOTS.resolve(label + ".png"), driver.getScreenshotAs(OutputType.BYTES));
                Files.write(SCREENSHOTS.resolve(label + "-full.png"), fullPage());
            }
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Saves the page as printed: {@code name-print.png} (print media, laptop width) and {@code name.pdf}. */
    public void printed(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            Files.write(SCREENSHOTS.resolve(name + "-print.png"), fullPage());
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false));
            Files.write(SCREENSHOTS.resolve(name + ".pdf"), Base64.getDecoder().decode((String) pdf.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private byte[] fullPage() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        Number width = (Number) content.get("width");
        Number height = (Number) content.get("height");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height",
                        Math.min(height.doubleValue(), 12000), "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
