package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A test in a real browser (headless {@link Chromium}), each with a fresh profile, so with no
 * session and no language choice; and the few steps every such test takes: open a page, fill a
 * field, follow a link or a form to the page that answers, sign in, keep a screenshot.
 */
abstract class BrowserTest extends Deployed {

    protected static final URI SITE = URI.create(System.getProperty("symbiose.url", "http://localhost:8080/"));
    protected static final Duration PATIENCE = Duration.ofSeconds(20);

    private Chromium chromium;
    protected ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        chromium = Chromium.open();
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() {
        List<String> blocked;
        try {
            blocked = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy")).toList();
        } finally {
            chromium.close();
        }
        assertThat(blocked).as("what the pages' Content-Security-Policy blocked").isEmpty();
    }

    protected void signIn(String email, String password) {
        open("login.xhtml");
        fill(By.id("login:email"), email);
        fill(By.id("login:password"), password);
        follow(By.id("login:submit"));
    }

    protected void open(String path) {
        browser.get(SITE.resolve(path).toString());
    }

    protected void fill(By field, String value) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(value);
    }

    /** Clicks a link, or a button that posts its form, and waits for the page that answers. */
    protected void follow(By linkOrButton) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(linkOrButton).click();
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(driver -> replaced(page));
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /**
     * Whether the old page's root is gone. Chromium reports a detached node either as stale or as
     * "does not belong to the document", so any driver error on it counts as gone.
     */
    private static boolean replaced(WebElement oldRoot) {
        try {
            oldRoot.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    protected String text(By element) {
        return browser.findElement(element).getText();
    }

    protected void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(directory.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
