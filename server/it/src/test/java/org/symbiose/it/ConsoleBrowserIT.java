package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The moderation console in a real browser (headless Chromium): a moderator claims an entry,
 * sanctions its author from the queue, finds the member on the members page and reads the
 * sanction in their history; then the other console pages answer from the menu.
 */
class ConsoleBrowserIT extends BrowserTest {

    @Test
    void aModeratorClaimsAnEntrySanctionsItsAuthorAndFindsTheSanctionInTheirHistory() throws IOException {
        String name = "Auteur " + UUID.randomUUID().toString().substring(0, 8);
        Accounts.Account author = Accounts.member(name);
        String body = "Achetez ici " + UUID.randomUUID();
        long item = author.api().post("api/v1/items", "{\"type\":\"test.note\",\"body\":\"" + body + "\"}")
                .json().getJsonNumber("id").longValue();
        assertThat(Accounts.member().api().post("api/v1/items/" + item + "/flags", "{\"reason\":\"SPAM\"}").status())
                .isEqualTo(201);
        Accounts.Account moderator = Accounts.withRole("MODERATOR");

        signIn(moderator.email(), moderator.password());
        follow(By.id("nav-console"));
        open("console/index.xhtml?author=" + author.id());
        assertThat(browser.getPageSource()).contains(body);
        follow(rowControl(body, "button", ":claim"));
        assertThat(browser.findElements(By.cssSelector(".review-entry"))).as("the filter holds after the claim").hasSize(1);
        assertThat(text(By.cssSelector(".review-claim"))).as("the claim is shown").contains("Moderator");
        JsonObject entry = ReviewQueueEntries.openFor(moderator.api(), item);
        assertThat(entry.getJsonNumber("claimedBy").longValue()).isEqualTo(moderator.id());
        screenshot("console-claim.png");

        follow(rowControl(body, "a", "sanctionAuthor"));
        assertThat(text(By.id("memberName"))).isEqualTo(name);
        fill(By.id("sanction:reason"), "spam");
        fill(By.id("sanction:points"), "2");
        fill(By.id("sanction:note"), "Publicité répétée");
        follow(By.id("sanction:submit"));
        // the moderator registered in English
        assertThat(text(By.id("messages"))).contains("Sanction given");

        follow(By.id("menu-members"));
        fill(By.id("q"), name);
        follow(By.id("memberSearchButton"));
        assertThat(browser.findElements(By.cssSelector(".member-link"))).hasSize(1);
        screenshot("console-members.png");
        follow(By.cssSelector(".member-link"));
        assertThat(text(By.id("sanctions:sanctionList"))).contains("Warning", "spam", "Publicité répétée");
        assertThat(text(By.id("memberPoints"))).isEqualTo("2");
        assertThat(text(By.id("posts"))).contains(String.valueOf(item));
        screenshot("console-member.png");
        assertThat(author.api().get("api/v1/me/standing").json().getInt("points")).as("the member sees it").isEqualTo(2);

        for (String page : new String[] {"menu-words", "menu-settings", "menu-audit", "toDashboard"}) {
            follow(By.id(page));
            assertThat(browser.findElements(By.id("console-menu"))).as(page).hasSize(1);
        }
        assertThat(text(By.id("shownRange"))).contains("UTC");
        open("console/audit.xhtml?actor=" + moderator.id());
        assertThat(text(By.id("entries"))).contains("moderation.sanction.warn");
        screenshot("console-audit.png");
    }

    /** A link or button in the queue row that shows {@code body}, by the end of its id. */
    private static By rowControl(String body, String tag, String idEnd) {
        return By.xpath("//tr[.//*[contains(@class,'review-body') and contains(., '" + body + "')]]//" + tag
                + "[contains(@id,'" + idEnd + "')]");
    }
}
