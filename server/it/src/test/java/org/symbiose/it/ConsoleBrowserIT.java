package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The moderation console in a real browser (headless Chromium): a moderator claims an entry,
 * sanctions its author from the queue, finds the member on the members page and reads the
 * sanction in their history; then the other console pages answer from the menu. A community
 * manager sets a member's trust level and puts them under watch from the member's file; a
 * moderator approves ticked entries at once, one held by another moderator being left with why.
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
        assertThat(text(By.id("sanctions:sanctionList"))).as("the reason as a word").contains("Warning", "Spam", "Publicité répétée");
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

    @Test
    void aCommunityManagerSetsAMembersTrustLevelAndPutsThemUnderWatch() throws IOException {
        Accounts.Account member = Accounts.member("Suivi " + UUID.randomUUID().toString().substring(0, 8));
        Accounts.Account manager = Accounts.withRole("COMMUNITY_MANAGER");

        signIn(manager.email(), manager.password());
        open("console/member.xhtml?id=" + member.id());
        assertThat(text(By.id("trustLevel"))).startsWith("0");
        assertThat(text(By.id("trustMissing"))).as("what level 1 needs").contains("posts read");
        new Select(browser.findElement(By.id("trust:level"))).selectByValue("3");
        fill(By.id("trust:reason"), "Pilier du forum");
        follow(By.id("trust:set"));
        assertThat(text(By.id("messages"))).contains("Trust level set");
        fill(By.id("watch:reason"), "Spam sur un autre forum");
        follow(By.id("watch:put"));
        assertThat(text(By.id("messages"))).contains("Under watch");

        assertThat(text(By.id("trustLevel"))).startsWith("3");
        assertThat(browser.findElements(By.id("trustLocked"))).as("set by hand, the level is locked").hasSize(1);
        assertThat(text(By.id("watchState"))).contains("Spam sur un autre forum");
        screenshot("console-member-trust.png");
        JsonObject file = manager.api().get("api/v1/moderation/members/" + member.id()).json();
        assertThat(file.getJsonObject("watch").getString("note")).isEqualTo("Spam sur un autre forum");
        assertThat(member.api().get("api/v1/me/standing").json().getJsonObject("trust").getInt("level")).isEqualTo(3);

        follow(By.id("trust:unlock"));
        assertThat(text(By.id("messages"))).contains("unlocked");
        assertThat(browser.findElements(By.id("trustLocked"))).isEmpty();
        follow(By.id("watch:lift"));
        assertThat(text(By.id("watchState"))).contains("Not under watch");
    }

    @Test
    void aModeratorSeesTheLevelAndTheWatchButNoLevelForm() {
        Accounts.Account member = Accounts.member();
        Accounts.Account moderator = Accounts.withRole("MODERATOR");

        signIn(moderator.email(), moderator.password());
        open("console/member.xhtml?id=" + member.id());
        assertThat(text(By.id("trustLevel"))).startsWith("0");
        assertThat(browser.findElements(By.id("trust:level"))).as("only community managers set levels").isEmpty();
        assertThat(browser.findElements(By.id("watch:put"))).hasSize(1);
    }

    @Test
    void aModeratorApprovesTickedEntriesAtOnceAndIsToldWhichOnesWereHeldByAnother() throws IOException {
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        Accounts.Account other = Accounts.withRole("MODERATOR");
        Accounts.Account author = Accounts.member("Surveille");
        assertThat(moderator.api().put("api/v1/moderation/members/" + author.id() + "/watch", "{\"reason\":\"Nouveau\"}")
                .status()).isEqualTo(200);
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonObject created = author.api().post("api/v1/items", "{\"type\":\"test.note\",\"title\":\"Note " + i
                    + "\",\"body\":\"Bonjour " + UUID.randomUUID() + "\"}").json();
            assertThat(created.getString("status")).isEqualTo("PENDING_REVIEW");
            items.add(created.getJsonNumber("id").longValue());
        }
        long held = items.get(2);
        assertThat(other.api().post("api/v1/moderation/queue/" + ReviewQueueEntries.openFor(other.api(), held)
                .getJsonNumber("id") + "/claim", null).status()).isEqualTo(200);

        signIn(moderator.email(), moderator.password());
        open("console/index.xhtml?author=" + author.id());
        List<WebElement> boxes = browser.findElements(By.cssSelector(".review-select"));
        assertThat(boxes).hasSize(3);
        boxes.forEach(WebElement::click);
        fill(By.id("queue:note"), "Bienvenue");
        screenshot("console-bulk-ticked.png");
        follow(By.id("queue:approveSelected"));

        assertThat(text(By.id("messages"))).contains("2 of 3");
        assertThat(text(By.id("bulkFailures"))).contains("Note 2", "another moderator holds it");
        assertThat(browser.findElements(By.cssSelector(".review-select"))).as("only the held one waits").hasSize(1);
        screenshot("console-bulk-approved.png");
        Api admin = Accounts.admin().api();
        for (long approved : items.subList(0, 2)) {
            assertThat(admin.get("api/v1/items/" + approved).json().getString("status")).isEqualTo("PUBLISHED");
            assertThat(Api.anonymous().get("api/v1/items/" + approved).status()).isEqualTo(200);
        }
        assertThat(admin.get("api/v1/items/" + held).json().getString("status")).isEqualTo("PENDING_REVIEW");
    }

    @Test
    void aFrenchModeratorFiltersTheQueueByANameAndReadsReasonsAndChartsInFrench() throws IOException {
        String name = "Zoé " + UUID.randomUUID().toString().substring(0, 8);
        Accounts.Account author = Accounts.member(name);
        String body = "Hors de propos " + UUID.randomUUID();
        long item = author.api().post("api/v1/items", "{\"type\":\"test.note\",\"body\":\"" + body + "\"}")
                .json().getJsonNumber("id").longValue();
        assertThat(Accounts.member().api().post("api/v1/items/" + item + "/flags", "{\"reason\":\"OFF_TOPIC\"}").status())
                .isEqualTo(201);
        Accounts.Account moderator = Accounts.withRole("MODERATOR", "fr");

        signIn(moderator.email(), moderator.password());
        open("console/index.xhtml");
        fill(By.id("author_input"), name.substring(0, 10));
        By suggestion = By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + name + " (#" + author.id() + ")')]");
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.elementToBeClickable(suggestion));
        screenshot("console-author-suggestions.png");
        browser.findElement(suggestion).click();
        follow(By.id("filterButton"));
        assertThat(browser.getCurrentUrl()).as("the filter lives in the address").contains("author=" + author.id());
        assertThat(browser.findElement(By.id("author_input")).getDomProperty("value")).isEqualTo(name + " (#" + author.id() + ")");
        assertThat(browser.findElements(By.cssSelector(".review-entry"))).as("only this author's entry").hasSize(1);
        assertThat(text(By.cssSelector(".review-detail"))).as("the reason as a word").isEqualTo("Hors sujet");
        follow(rowControl(body, "button", ":claim"));
        assertThat(browser.findElements(By.cssSelector(".review-entry"))).as("the filter holds after a postback").hasSize(1);
        screenshot("console-author-filter.png");

        fill(By.id("author_input"), "Personne " + UUID.randomUUID());
        follow(By.id("filterButton"));
        assertThat(text(By.id("authorProblem"))).contains("Aucun membre");
        assertThat(browser.findElements(By.cssSelector(".review-entry"))).as("a name no one bears filters everything out").isEmpty();

        open("console/member.xhtml?id=" + author.id());
        assertThat(text(By.id("flagsReceived"))).contains("Hors sujet").doesNotContain("OFF_TOPIC");
        follow(By.id("toDashboard"));
        assertThat(text(By.id("reasons"))).contains("Hors sujet").doesNotContain("OFF_TOPIC");
        assertThat(browser.getPageSource()).as("the charts' labels").contains("Signalements", "Nouveaux membres")
                .doesNotContain("\"Flags\"", "New members");
        screenshot("dashboard-fr.png");
    }

    /** A link or button in the queue row that shows {@code body}, by the end of its id. */
    private static By rowControl(String body, String tag, String idEnd) {
        return By.xpath("//tr[.//*[contains(@class,'review-body') and contains(., '" + body + "')]]//" + tag
                + "[contains(@id,'" + idEnd + "')]");
    }
}
