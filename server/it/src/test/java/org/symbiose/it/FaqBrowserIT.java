package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The FAQ's pages in a real browser (headless Chromium): an editor writes an entry in French from
 * the editor's page, publishes it, translates it into English and publishes that; a member votes
 * "helpful" (and is told so when voting again), a visitor votes from their browser, and the FAQ's
 * search answers as the visitor types. Sections are made over REST. Screenshots go to
 * {@code server/it/target/screenshots/faq-*.png}.
 */
class FaqBrowserIT extends BrowserTest {

    private static final String FAQ = "api/v1/faq/";

    @Test
    void anEditorPublishesInFrenchAndEnglishAndReadersFindItHelpful() throws IOException {
        String word = "faq" + UUID.randomUUID().toString().substring(0, 8);
        Accounts.Account editor = Accounts.withRole("COMMUNITY_MANAGER", "fr");
        Reply section = editor.api().post(FAQ + "sections", "{\"titles\":{\"fr\":\"Compte " + word + "\",\"en\":\"Account "
                + word + "\"}}");
        assertThat(section.status()).as(section.toString()).isEqualTo(201);
        browser.manage().window().setSize(new Dimension(1280, 1400));
        signIn(editor.email(), editor.password());

        open("p/faq/index.xhtml");
        follow(By.id("faq-new"));
        fill(By.id("faq-question-field"), "Comment changer mon mot de passe " + word + " ?");
        fill(By.id("faq-answer-field"), "Ouvrez **votre profil**, puis choisissez *Mot de passe*.");
        fill(By.id("faq-applies-field"), "Version 2 et plus");
        fill(By.id("faq-tags-field"), "compte, " + word);
        browser.findElement(By.cssSelector("#faq-section-field option[value='" + id(section) + "']")).click();
        screenshot("faq-edit-fr.png");
        follow(By.id("edit-form:publish"));
        assertThat(text(By.id("faq-question"))).isEqualTo("Comment changer mon mot de passe " + word + " ?");
        assertThat(text(By.cssSelector("#faq-answer strong"))).isEqualTo("votre profil");
        assertThat(text(By.id("faq-applies"))).contains("Version 2 et plus");
        assertThat(text(By.id("faq-missing-translation"))).isEqualTo("Cette entrée n'est pas encore traduite en anglais.");
        assertThat(browser.findElement(By.cssSelector("script[type='application/ld+json']")).getDomProperty("textContent"))
                .contains("\"FAQPage\"", word);
        String french = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        screenshot("faq-entry-fr.png");

        follow(By.id("faq-edit"));
        follow(By.id("faq-translate"));
        assertThat(browser.findElement(By.id("faq-translation-field")).getDomProperty("value")).isEqualTo(french);
        fill(By.id("faq-question-field"), "How do I change my password " + word + "?");
        fill(By.id("faq-answer-field"), "Open **your profile**, then choose *Password*.");
        fill(By.id("faq-applies-field"), "Version 2 and later");
        follow(By.id("edit-form:publish"));
        assertThat(text(By.id("faq-question"))).isEqualTo("How do I change my password " + word + "?");
        assertThat(text(By.id("faq-other-language"))).isEqualTo("Lire en français");
        screenshot("faq-entry-en-by-editor.png");

        browser.manage().deleteAllCookies();
        Accounts.Account member = Accounts.member("FAQ reader", "en");
        signIn(member.email(), member.password());
        open("p/faq/entry.xhtml?id=" + french);
        assertThat(text(By.id("faq-question"))).as("an English reader is led to the English entry")
                .isEqualTo("How do I change my password " + word + "?");
        fill(By.id("faq-comment"), "Clear, thank you");
        follow(By.id("vote-form:yes"));
        assertThat(text(By.id("faq-thanks"))).isEqualTo("Thank you: your vote is counted.");
        assertThat(text(By.id("faq-votes"))).isEqualTo("1 of 1 readers found this helpful.");
        follow(By.id("vote-form:no"));
        assertThat(text(By.id("vote-form"))).as("a second vote is refused on the form").contains("already voted");
        screenshot("faq-voted.png");

        browser.manage().deleteAllCookies();
        open("p/faq/entry.xhtml?id=" + french + "&chosen=1");
        browser.findElement(By.id("vote-form:yes")).click();
        new WebDriverWait(browser, PATIENCE).until(driver -> !text(By.id("faq-vote-status")).isEmpty());
        assertThat(text(By.id("faq-vote-status"))).as("a visitor votes from their browser").isIn(
                "Merci : votre vote est compté.", "Thank you: your vote is counted.");

        open("p/faq/index.xhtml");
        browser.findElement(By.id("faq-q")).sendKeys(word);
        new WebDriverWait(browser, PATIENCE).until(driver -> !driver.findElements(By.cssSelector("#faq-results .faq-result")).isEmpty());
        assertThat(text(By.id("faq-results"))).as("the search answers as the visitor types").contains(word);
        assertThat(text(By.cssSelector("#section-" + id(section) + " .faq-entry"))).as("the entry is listed in its section")
                .contains(word);
        screenshot("faq-home-search.png");
    }

    private static long id(Reply created) {
        return created.json().getJsonNumber("id").longValue();
    }
}
