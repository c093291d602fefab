package dev.kappa.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

/**
 * Headless Debian Chromium driven by Selenium, with the flags this closed network needs.
 *
 * <p>When the browser is missing, tests are skipped with a message saying how to install it;
 * under CI ({@code CI=true}) a missing browser is a failure, so CI can never pass without running
 * the browser tests.
 */
public final class Chromium {
    public static final String BINARY = "/usr/bin/chromium";
    public static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    // Selenium warns on every start that it knows CDP only up to an older Chromium; the tests use
    // no CDP-specific feature, so the warning is noise. Held in fields: loggers are weakly kept.
    private static final java.util.logging.Logger CDP_FINDER =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final java.util.logging.Logger CHROMIUM_DRIVER =
            java.util.logging.Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver");

    static {
        CDP_FINDER.setLevel(Level.OFF);
        CHROMIUM_DRIVER.setLevel(Level.OFF);
    }

    /** Quits each driver that was started (a null one is skipped: its start failed or was skipped). */
    public static void quit(WebDriver... drivers) {
        for (WebDriver d : drivers) {
            if (d != null) {
                d.quit();
            }
        }
    }

    public static WebDriver start(int width, int height) {
        boolean present = new File(BINARY).canExecute() && new File(DRIVER).canExecute();
        if (!present) {
            String how = "Chromium is not installed: apt-get install -y chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(how + " (required when CI=true)");
            }
            Assumptions.assumeTrue(false, how + " — browser tests skipped");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("kappa-chromium");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile directory", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Waits until the page has booted (ready or error) and returns the ready attribute. */
    public static String awaitBoot(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> {
            Object ready = ((JavascriptExecutor) d).executeScript(
                    "return document.documentElement.getAttribute('data-kappa-ready');");
            return "true".equals(ready) || "error".equals(ready);
        });
        return attribute(driver, "data-kappa-ready");
    }

    /** What a failed boot left to read: the page's error box and the console errors. */
    public static String bootFailure(WebDriver driver) {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "var e = document.querySelector('.boot-error'); return e ? e.textContent : document.body.textContent;");
        return "page says: " + text + "; console: " + consoleErrors(driver);
    }

    /** Runs a script in the current page of {@code driver}. */
    public static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The first element matching {@code css}, waiting up to 10 s for one to appear. */
    public static org.openqa.selenium.WebElement await(WebDriver driver, String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            List<org.openqa.selenium.WebElement> found = d.findElements(org.openqa.selenium.By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    public static String attribute(WebDriver driver, String name) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.getAttribute(arguments[0]);", name);
    }

    /** Console messages at SEVERE level (errors, uncaught exceptions, failed loads). */
    public static List<String> consoleErrors(WebDriver driver) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }
}
