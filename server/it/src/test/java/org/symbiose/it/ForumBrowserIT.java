package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The forum's pages in a real browser (headless Chromium): a member previews and posts a reply on
 * a topic page and acts there; visitors read without a form and never see a private category's
 * topics. Categories and topics are made over REST; each test starts with a fresh browser.
 */
class ForumBrowserIT extends BrowserTest {

    private static final String FORUM = "api/v1/forum/";

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

}
