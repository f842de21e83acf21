package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The forum's pages in a real browser (headless Chromium): a member previews and posts a reply on
 * a topic page and acts there; visitors read without a form and never see a private category's
 * topics. Categories and topics are made over REST; each test starts with a fresh browser.
 */
class ForumBrowserIT extends Deployed {

    private static final URI SITE = URI.create(System.getProperty("symbiose.url", "http://localhost:8080/"));
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String FORUM = "api/v1/forum/";

    private Path browserProfile;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        if (System.getProperty("webdriver.chrome.driver") == null) {
            System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        }
        browserProfile = Files.createTempDirectory("symbiose-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + browserProfile, "--window-size=1280,900");
        browser = new ChromeDriver(options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.quit();
        try (Stream<Path> files = Files.walk(browserProfile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    @Test
    void aMemberPreviewsAndPostsAReplyAndSeesIt() throws IOException {
        long category = category("{\"name\":\"Browser %s\"}");
        String title = "Browser topic " + UUID.randomUUID();
        long topic = topic(Accounts.member(), category, title, "Who answers in a browser?");
        Accounts.Account member = Accounts.member("Replier");
        signIn(member.email(), member.password());

        open("p/forum/topic.xhtml?id=" + topic);
        assertThat(text(By.id("forum-title"))).isEqualTo(title);
        String words = "Answered with **conviction** " + UUID.randomUUID();
        fill(By.id("reply-body"), words);
        follow(By.cssSelector("[id$='reply-form:preview']"));
        assertThat(browser.findElement(By.cssSelector("#forum-preview strong")).getText()).isEqualTo("conviction");
        assertThat(browser.findElement(By.id("reply-body")).getDomProperty("value")).as("the draft comes back").isEqualTo(words);

        follow(By.cssSelector("[id$='reply-form:send']"));
        assertThat(browser.getCurrentUrl()).contains("/p/forum/topic.xhtml?id=" + topic);
        WebElement reply = browser.findElement(By.cssSelector("article[id^='reply-']"));
        assertThat(reply.getText()).contains("conviction", "Replier");
        assertThat(browser.findElements(By.id("forum-preview"))).as("a sent reply leaves no preview").isEmpty();
        screenshot("forum-topic.png");

        follow(By.cssSelector("[id$='topic-actions:watch']"));
        assertThat(browser.findElements(By.cssSelector(".forum-watching"))).isNotEmpty();
        follow(By.cssSelector("article[id^='reply-'] .forum-like"));
        assertThat(text(By.cssSelector("article[id^='reply-'] .forum-likes"))).endsWith("1");
        assertThat(browser.findElements(By.cssSelector("article[id^='reply-'] .forum-unlike"))).isNotEmpty();
    }

    @Test
    void aVisitorReadsWithoutAFormAndNeverSeesAPrivateTopic() {
        long open = category("{\"name\":\"Visitors %s\"}");
        long staff = category("{\"name\":\"Staff %s\",\"read\":\"moderator\"}");
        String title = "Open to all " + UUID.randomUUID();
        long visible = topic(Accounts.member(), open, title, "Anyone may read this");
        long secret = topic(Accounts.withRole("MODERATOR"), staff, "Staff only " + UUID.randomUUID(), "Not for visitors");

        open("p/forum/topic.xhtml?id=" + visible);
        assertThat(text(By.id("forum-title"))).isEqualTo(title);
        assertThat(browser.findElements(By.id("reply-body"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[id$='topic-actions']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".forum-like"))).isEmpty();

        assertThat(Api.anonymous().get("p/forum/topic.xhtml?id=" + secret).status()).isEqualTo(404);
        Accounts.Account member = Accounts.member();
        signIn(member.email(), member.password());
        open("p/forum/topic.xhtml?id=" + secret);
        assertThat(browser.getPageSource()).as("a member below the category's rank").doesNotContain("Not for visitors");
        assertThat(browser.findElements(By.id("forum-title"))).isEmpty();
    }

    private static long category(String json) {
        Reply created = Accounts.withRole("COMMUNITY_MANAGER").api().post(FORUM + "categories", json.formatted(UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long topic(Accounts.Account author, long category, String title, String body) {
        Reply created = author.api().post(FORUM + "topics",
                "{\"category\":" + category + ",\"title\":\"" + title + "\",\"body\":\"" + body + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private void signIn(String email, String password) {
        open("login.xhtml");
        fill(By.id("login:email"), email);
        fill(By.id("login:password"), password);
        follow(By.id("login:submit"));
        assertThat(browser.findElements(By.id("greeting"))).as("signed in").isNotEmpty();
    }

    private void open(String path) {
        browser.get(SITE.resolve(path).toString());
    }

    private void fill(By field, String value) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(value);
    }

    /** Clicks a link, or a button that posts its form, and waits for the page that answers. */
    private void follow(By linkOrButton) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(linkOrButton).click();
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(driver -> replaced(page));
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /** Whether the old page's root is gone: Chromium reports a detached node as stale or foreign. */
    private static boolean replaced(WebElement oldRoot) {
        try {
            oldRoot.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    private String text(By element) {
        return browser.findElement(element).getText();
    }

    private void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(directory.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
