package dev.stickerplatform.bootstrap.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages ({@code /usr/bin/chromium}), driven through its own chromedriver
 * ({@code /usr/bin/chromedriver}, Debian's chromium-driver): nothing is downloaded. Missing: a failure when
 * {@code CI=true}, a skip with the reason otherwise. Collects the console after every step and fails on any
 * JavaScript error or CSP violation; a page's expected 404 (a wallet that is not a creator yet) is not one.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final List<String> errors = new ArrayList<>();
    private final long started = System.nanoTime();
    private int step;

    private Browser(ChromeDriver driver, Path profile, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    static Browser start(Path screenshots) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium and chromedriver are required in CI (apt-get install chromium "
                    + "chromium-driver); missing " + CHROMIUM + " or " + CHROMEDRIVER);
        }
        assumeTrue(present, "no system Chromium/chromedriver (" + CHROMIUM + ", " + CHROMEDRIVER + "): browser test"
                + " skipped; apt-get install chromium chromium-driver");
        Path profile = Files.createTempDirectory("sticker-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // a fresh profile, and nothing that phones home: the machine reaches no network but its own
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900",
                "--lang=en-US");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        Files.createDirectories(screenshots);
        try (Stream<Path> old = Files.list(screenshots)) {
            old.filter(p -> p.toString().endsWith(".png")).forEach(p -> p.toFile().delete());
        }
        return new Browser(new ChromeDriver(service, options), profile, screenshots);
    }

    void open(String url) {
        driver.get(url);
    }

    /** Saves a screenshot named for the step (01-home.png, …) and checks the console so far. */
    void step(String name) {
        step++;
        try {
            Files.write(screenshots.resolve(String.format("%02d-%s.png", step, name)),
                    driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertNoConsoleErrors(name);
        System.out.printf("browser step %02d %s at %d ms%n", step, name, (System.nanoTime() - started) / 1_000_000);
    }

    void assertNoConsoleErrors(String where) {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            boolean expected404 = message.contains("Failed to load resource")
                    && message.contains("status of 404");
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !expected404) {
                errors.add(where + ": " + message);
            }
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("JavaScript console errors: " + errors);
        }
    }

    WebElement visible(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(String text) {
        new WebDriverWait(driver, WAIT).withMessage(() -> "no \"" + text + "\" on " + driver.getCurrentUrl()
                        + ":\n" + driver.findElement(By.tagName("main")).getText())
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    void waitFor(By by) {
        visible(by);
    }

    void click(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void clickButton(String text) {
        click(By.xpath("//button[normalize-space()=" + quoted(text) + "] | //a[normalize-space()=" + quoted(text) + "]"));
    }

    void type(String id, String text) {
        WebElement input = visible(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(visible(By.id(id))).selectByValue(value);
    }

    void attach(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    }

    void go(String hash) {
        driver.executeScript("location.hash = arguments[0]", hash);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Presses Tab and names what has the focus now (its text, or its label for an input). */
    String tab() {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        WebElement focused = driver.switchTo().activeElement();
        return focused.getText().isBlank() ? focused.getAttribute("id") : focused.getText();
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "") + "\"";
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
