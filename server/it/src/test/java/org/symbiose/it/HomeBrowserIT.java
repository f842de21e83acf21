package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The home page in a real browser (headless Chromium): it shows what is alive in the community
 * through plugins' fragments (the forum's latest topics), each visitor seeing only what they may
 * read; the navigation keeps its order; the forum's home lists nested and private categories.
 */
class HomeBrowserIT extends BrowserTest {

    private static final String FORUM = "api/v1/forum/";

    @Test
    void theHomePageShowsTheLatestTopicsEachOneMayReadAndTheForumListsNestedCategories() throws IOException {
        String word = UUID.randomUUID().toString().substring(0, 8);
        Accounts.Account manager = Accounts.withRole("COMMUNITY_MANAGER");
        long open = category(manager, "{\"name\":\"Maison " + word + "\",\"description\":\"Pour tout le monde\"}");
        long nested = category(manager, "{\"name\":\"Sous-maison " + word + "\",\"parent\":" + open + "}");
        long staff = category(manager, "{\"name\":\"Équipe " + word + "\",\"read\":\"moderator\"}");
        category(manager, "{\"name\":\"Coulisses " + word + "\",\"parent\":" + staff + "}");
        String publicTitle = "Sujet public " + word;
        String nestedTitle = "Sujet imbriqué " + word;
        String privateTitle = "Sujet de l'équipe " + word;
        topic(Accounts.member("Alice"), open, publicTitle);
        topic(Accounts.member("Bruno"), nested, nestedTitle);
        topic(Accounts.withRole("MODERATOR"), staff, privateTitle);

        open("");
        assertThat(text(By.id("home-activity"))).as("a visitor sees the latest public topics")
                .contains(publicTitle, nestedTitle).doesNotContain(privateTitle);
        List<String> visitorEntries = navigation();
        assertThat(visitorEntries).as("home first").startsWith("Accueil");
        assertThat(visitorEntries.indexOf("Forums")).as("the community's places, then search: " + visitorEntries)
                .isPositive().isLessThan(visitorEntries.indexOf("Rechercher"));
        screenshot("home-visitor.png");

        Accounts.Account moderator = Accounts.withRole("MODERATOR", "fr");
        signIn(moderator.email(), moderator.password());
        open("");
        assertThat(text(By.id("home-activity"))).as("a moderator reads the staff's category too")
                .contains("En ce moment dans la communauté", publicTitle, privateTitle);
        List<String> entries = navigation();
        assertThat(entries.indexOf("Forums")).as(entries.toString()).isPositive().isLessThan(entries.indexOf("Rechercher"));
        assertThat(browser.findElements(By.cssSelector(".site-nav > ul > li:last-child #signOutForm\\:signOut")))
                .as("signing out comes last").hasSize(1);
        screenshot("home-moderator.png");

        follow(By.linkText("Forums"));
        WebElement nestedLine = browser.findElement(By.xpath("//li[contains(@class,'forum-category')][.//a[text()='Sous-maison "
                + word + "']]"));
        assertThat(nestedLine.getAttribute("class")).contains("forum-depth-1");
        assertThat(browser.findElement(By.xpath("//li[contains(@class,'forum-category')][.//a[text()='Coulisses " + word
                + "']]")).getText()).as("inside a private category").contains("privée");
        screenshot("forum-index.png");

        follow(By.linkText("Maison " + word));
        assertThat(text(By.id("forum-title"))).isEqualTo("Maison " + word);
        assertThat(browser.findElement(By.cssSelector(".forum-categories")).getText()).contains("Sous-maison " + word);
        screenshot("forum-category.png");
    }

    /** The navigation's entries as read, in order. */
    private List<String> navigation() {
        return browser.findElements(By.cssSelector(".site-nav > ul > li")).stream().map(WebElement::getText)
                .map(String::strip).toList();
    }

    private static long category(Accounts.Account manager, String json) {
        Reply created = manager.api().post(FORUM + "categories", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static void topic(Accounts.Account author, long category, String title) {
        Reply created = author.api().post(FORUM + "topics", "{\"category\":" + category + ",\"title\":\"" + title
                + "\",\"body\":\"Qu'en pensez-vous ?\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
}
