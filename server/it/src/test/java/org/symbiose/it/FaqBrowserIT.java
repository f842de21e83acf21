package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The FAQ's pages in a real browser (headless Chromium): a community manager promotes a forum
 * topic's accepted answer to the FAQ from the topic's page, edits the draft on the editor's page and
 * publishes it in French, translates it into English and publishes that; a member votes "helpful"
 * (and is told so when voting again), a visitor votes from their browser, the FAQ's search answers
 * as the visitor types, and the entry is suggested while a member types a new topic's title.
 * Forum and sections are made over REST. Screenshots go to {@code server/it/target/screenshots/faq-*.png}.
 */
class FaqBrowserIT extends BrowserTest {

    private static final String FAQ = "api/v1/faq/";
    private static final String FORUM = "api/v1/forum/";

    @Test
    void aForumAnswerBecomesAnEntryInFrenchAndEnglishThatReadersFindHelpful() throws IOException {
        String word = "faq" + UUID.randomUUID().toString().substring(0, 8);
        Accounts.Account manager = Accounts.withRole("COMMUNITY_MANAGER", "fr");
        Reply section = manager.api().post(FAQ + "sections", "{\"titles\":{\"fr\":\"Compte " + word + "\",\"en\":\"Account "
                + word + "\"}}");
        assertThat(section.status()).as(section.toString()).isEqualTo(201);
        long category = id(created(manager.api().post(FORUM + "categories", "{\"name\":\"Aide " + word + "\",\"qa\":true}")));
        Accounts.Account asker = Accounts.member("Demandeuse", "fr");
        Accounts.Account expert = Accounts.member("Experte", "fr");
        long topic = id(created(asker.api().post(FORUM + "topics", "{\"category\":" + category
                + ",\"title\":\"Comment changer mon mot de passe " + word + " ?\",\"body\":\"Je ne trouve pas.\"}")));
        long answer = id(created(expert.api().post(FORUM + "topics/" + topic + "/replies",
                "{\"body\":\"Ouvrez **votre profil**, puis choisissez *Mot de passe*.\"}")));
        Reply accepted = asker.api().put(FORUM + "topics/" + topic + "/accepted", "{\"reply\":" + answer + "}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        browser.manage().window().setSize(new Dimension(1280, 1400));
        signIn(manager.email(), manager.password());

        open("p/forum/topic.xhtml?id=" + topic);
        follow(By.id("topic-actions:promote"));
        follow(By.id("faqEntry"));
        assertThat(text(By.id("faq-state"))).isEqualTo("Brouillon");
        assertThat(text(By.id("faq-credit"))).as("the forum answer's author is credited").contains("Experte");
        screenshot("faq-promoted.png");
        follow(By.id("faq-edit"));
        assertThat(browser.findElement(By.id("faq-question-field")).getDomProperty("value")).contains(word);
        browser.findElement(By.id("faq-answer-field")).sendKeys("\n\nLe lien se trouve en haut à droite.");
        fill(By.id("faq-applies-field"), "Version 2 et plus");
        fill(By.id("faq-tags-field"), "compte, " + word);
        browser.findElement(By.cssSelector("#faq-section-field option[value='" + id(section) + "']")).click();
        screenshot("faq-edit-fr.png");
        follow(By.id("edit-form:publish"));
        assertThat(text(By.id("faq-question"))).isEqualTo("Comment changer mon mot de passe " + word + " ?");
        assertThat(text(By.cssSelector("#faq-answer strong"))).isEqualTo("votre profil");
        assertThat(text(By.id("faq-answer"))).contains("en haut à droite");
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
        assertThat(text(By.id("content")).split("already voted", -1)).as("and said once, not on the page's top too")
                .hasSize(2);
        screenshot("faq-voted.png");

        open("p/forum/new-topic.xhtml?category=" + category);
        browser.findElement(By.id("topic-title")).sendKeys("change password " + word);
        new WebDriverWait(browser, PATIENCE).until(driver -> !driver.findElements(By.cssSelector("#topic-suggestions a.suggestion-faq")).isEmpty());
        assertThat(text(By.id("topic-suggestions"))).as("the entry is suggested while the title is typed").contains(word);
        screenshot("faq-suggested.png");

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

    private static Reply created(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    private static long id(Reply created) {
        return created.json().getJsonNumber("id").longValue();
    }
}
