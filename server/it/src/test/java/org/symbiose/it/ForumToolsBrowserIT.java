package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The forum's pages beyond reading and replying, in headless Chromium: attaching an uploaded
 * image to a reply, a member's activity page, and the moderators' tools (move, split, merge),
 * which members never see.
 */
class ForumToolsBrowserIT extends BrowserTest {

    private static final String FORUM = "api/v1/forum/";

    @Test
    void aMemberAttachesAnImageToAReplyAndSeesIt() throws IOException {
        long category = newCategory("Pictures");
        String title = "Show me " + UUID.randomUUID();
        long topic = newTopic(Accounts.member(), category, title);
        Accounts.Account member = Accounts.member("Photographer");
        signIn(member.email(), member.password());

        open("p/forum/topic.xhtml?id=" + topic);
        Path image = Files.createTempFile("symbiose-", ".png");
        Files.write(image, Uploads.picture(240, 120, 0x2a7ab0));
        browser.findElement(By.id("attach-file")).sendKeys(image.toAbsolutePath().toString());
        new WebDriverWait(browser, PATIENCE).until(driver -> !driver.findElements(By.cssSelector("#attached-files li")).isEmpty());
        assertThat(text(By.cssSelector("#attached-files .forum-attached-name"))).isEqualTo(image.getFileName().toString());
        String words = "Here is the picture " + UUID.randomUUID();
        fill(By.id("reply-body"), words);
        follow(By.cssSelector("[id$='reply-form:send']"));

        WebElement reply = browser.findElement(By.cssSelector("article[id^='reply-']"));
        assertThat(reply.getText()).contains(words);
        WebElement shown = reply.findElement(By.cssSelector("img.forum-attachment-image"));
        assertThat(shown.getDomAttribute("src")).matches("/api/v1/files/[0-9]+\\?key=[A-Za-z0-9_-]{22}");
        new WebDriverWait(browser, PATIENCE).until(driver ->
                ((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", shown)).intValue() == 240);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", reply);
        screenshot("forum-reply-with-image.png");

        follow(By.cssSelector("article[id^='reply-'] .forum-author"));
        assertThat(browser.getCurrentUrl()).contains("/p/forum/member.xhtml?id=" + member.id());
        assertThat(text(By.id("forum-title"))).contains("Photographer");
        assertThat(browser.findElement(By.cssSelector(".forum-member-reply")).getText()).contains(words);
        Files.delete(image);
    }

    @Test
    void aModeratorMovesSplitsAndMergesFromTheTopicPageWhichMembersCannot() {
        long from = newCategory("From");
        long to = newCategory("To");
        Accounts.Account author = Accounts.member("Starter");
        long topic = newTopic(author, from, "Mixed subjects " + UUID.randomUUID());
        // one reply each: newcomers may post only twice a minute
        List<Long> replies = List.of(newReply(Accounts.member("Replier"), topic, "on topic"),
                newReply(Accounts.member("Replier"), topic, "off topic one"), newReply(Accounts.member("Replier"), topic, "off topic two"));

        Accounts.Account member = Accounts.member();
        signIn(member.email(), member.password());
        open("p/forum/topic.xhtml?id=" + topic);
        assertThat(browser.findElements(By.cssSelector(".forum-moderator-tools"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("input[name='replies']"))).isEmpty();

        browser.manage().deleteAllCookies();
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        signIn(moderator.email(), moderator.password());
        open("p/forum/topic.xhtml?id=" + topic);
        tick("split-" + replies.get(1));
        tick("split-" + replies.get(2));
        assertThat(browser.findElement(By.id("split-" + replies.get(1))).isSelected()).as("still ticked").isTrue();
        String splitTitle = "Off topic " + UUID.randomUUID();
        fill(By.id("split-title"), splitTitle);
        new Select(browser.findElement(By.id("split-category"))).selectByValue(String.valueOf(to));
        follow(By.cssSelector("[id$='split-form:split']"));
        assertThat(text(By.id("forum-title"))).isEqualTo(splitTitle);
        long split = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1"));
        JsonObject newTopic = moderator.api().get(FORUM + "topics/" + split).json();
        assertThat(newTopic.getJsonNumber("categoryId").longValue()).isEqualTo(to);
        assertThat(newTopic.getJsonNumber("replyCount").longValue()).as("the oldest opens it, the other follows").isEqualTo(1);
        assertThat(moderator.api().get(FORUM + "topics/" + topic).json().getJsonNumber("replyCount").longValue()).isEqualTo(1);

        open("p/forum/topic.xhtml?id=" + topic);
        new Select(browser.findElement(By.id("move-category"))).selectByValue(String.valueOf(to));
        fill(By.id("move-reason"), "belongs there");
        follow(By.cssSelector("[id$='move-form:move']"));
        assertThat(moderator.api().get(FORUM + "topics/" + topic).json().getJsonNumber("categoryId").longValue()).isEqualTo(to);

        fill(By.id("merge-into"), String.valueOf(split));
        follow(By.cssSelector("[id$='merge-form:merge']"));
        assertThat(browser.getCurrentUrl()).contains("id=" + split);
        JsonObject merged = moderator.api().get(FORUM + "topics/" + topic).json();
        assertThat(merged.getJsonNumber("mergedInto").longValue()).isEqualTo(split);
        assertThat(moderator.api().get(FORUM + "topics/" + split).json().getJsonNumber("replyCount").longValue()).isEqualTo(2);
        assertThat(Accounts.admin().api().get("api/v1/moderation/audit?item=" + topic).body())
                .contains("forum.split", "forum.move", "forum.merge");
    }

    private static long newCategory(String name) {
        Reply created = Accounts.withRole("COMMUNITY_MANAGER").api().post(FORUM + "categories",
                "{\"name\":\"" + name + " " + UUID.randomUUID() + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long newTopic(Accounts.Account author, long category, String title) {
        Reply created = author.api().post(FORUM + "topics", "{\"category\":" + category + ",\"title\":\"" + title
                + "\",\"body\":\"Opening post\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** Ticks a checkbox and waits until it shows ticked (a click on a page still settling was lost at times). */
    private void tick(String id) {
        new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class).until(page -> {
            WebElement box = page.findElement(By.id(id));
            if (!box.isSelected()) {
                box.click();
            }
            return page.findElement(By.id(id)).isSelected();
        });
    }

    private static long newReply(Accounts.Account author, long topic, String body) {
        Reply created = author.api().post(FORUM + "topics/" + topic + "/replies", "{\"body\":\"" + body + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }
}
