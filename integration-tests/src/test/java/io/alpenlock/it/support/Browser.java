package io.alpenlock.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through chromedriver, with a fresh profile per test.
 * Screenshots go to {@code integration-tests/target/screenshots/<database>/}.
 */
public final class Browser implements ExtensionContext.Store.CloseableResource {

    private static final String CHROMIUM = System.getProperty("alpenlock.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("alpenlock.chromedriver", "/usr/bin/chromedriver");

    private final String name;
    private final ChromeDriver driver;
    private final Path profileDir;

    private Browser(String name, ChromeDriver driver, Path profileDir) {
        this.name = name;
        this.driver = driver;
        this.profileDir = profileDir;
    }

    static Browser launch(String name) {
        try {
            Path profile = Files.createTempDirectory("alpenlock-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--disable-default-apps", "--window-size=1280,900",
                    "--lang=en-US", "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(name, driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public WebElement find(By by) {
        return await(d -> d.findElement(by));
    }

    public void type(By by, String text) {
        WebElement element = find(by);
        element.clear();
        element.sendKeys(text);
    }

    public void click(By by) {
        find(by).click();
    }

    /** Opens the URL (an authorization request) and submits the login form. */
    public void signIn(String url, String username, String password) {
        open(url);
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("kc-login"));
    }

    /** On the push page, switches to "Enter the code from the app". */
    public void useAppCode() {
        click(By.cssSelector("form.alpenlock-push-alternative button"));
    }

    /**
     * Waits until the browser lands on the client's redirect URI and returns that URL (with the code). The
     * page that hands out backup codes after a first second factor is confirmed on the way ("stored",
     * continue), as a person would: tests of other features need not know it; the backup-code tests
     * (io.alpenlock.it.backup) look at it before they get here.
     */
    public String awaitCallback(DemoClient client) {
        return await(d -> {
            if (client.isCallback(d.getCurrentUrl())) {
                return d.getCurrentUrl();
            }
            confirmNewBackupCodes(d);
            return null;
        });
    }

    private static void confirmNewBackupCodes(WebDriver d) {
        java.util.List<WebElement> page = d.findElements(By.cssSelector("#alpenlock-backup-codes[data-mode='NEW']"));
        if (page.isEmpty()) {
            return;
        }
        WebElement stored = d.findElement(By.id("alpenlockStored"));
        if (!stored.isSelected()) {
            stored.click();
        }
        d.findElement(By.id("kc-submit")).click();
    }

    /** Lets pages download files into {@code dir} without asking (headless Chromium). */
    public void allowDownloadsTo(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
    }

    public String pageText() {
        return await(d -> d.findElement(By.tagName("body")).getText());
    }

    public <T> T await(Function<WebDriver, T> condition) {
        // Pages re-render while they load (the account console is a single-page app): an element
        // found a moment ago may be gone, which only means "not yet".
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("timeout");
            throw new AssertionError("Waited 20 s in vain on " + driver.getCurrentUrl() + " (screenshot " + shot + ")", e);
        }
    }

    /** Saves a PNG of the current page as {@code <test>-<label>.png} and returns its path. */
    public Path screenshot(String label) {
        try {
            Path dir = Path.of("target", "screenshots", TestSettings.database());
            Files.createDirectories(dir);
            Path target = dir.resolve(name + "-" + label + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like a new visit: drops every cookie, whatever page is open. */
    public void forgetCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Use a phone-sized window (for pages people open on their phone). */
    public void phoneSize() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                new ProcessBuilder("rm", "-rf", profileDir.toString()).start().waitFor();
            } catch (IOException | InterruptedException e) {
                // a leftover temp folder is harmless
            }
        }
    }
}
