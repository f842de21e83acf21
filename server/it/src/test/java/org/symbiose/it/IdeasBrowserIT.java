package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The ideas' pages in a real browser (headless Chromium): a member proposes an idea and is shown
 * the similar one already in the box while typing its title, votes until the box's budget of two
 * is spent (the page says so and offers no more vote), then a community manager answers the idea
 * and moves it to "under review" (merging it into itself is refused on the page), and the box's roadmap
 * shows it in that column. The box and the
 * earlier idea are made over REST. Screenshots go to {@code server/it/target/screenshots/ideas-*.png}.
 */
class IdeasBrowserIT extends BrowserTest {

    private static final String IDEAS = "api/v1/ideas/";

    @Test
    void aMemberProposesVotesUntilTheBudgetIsSpentAndAManagerAnswers() throws IOException {
        String word = "idea" + UUID.randomUUID().toString().substring(0, 8);
        Accounts.Account manager = Accounts.withRole("COMMUNITY_MANAGER", "en");
        long box = id(created(manager.api().post(IDEAS + "boxes", "{\"title\":\"Mobile app " + word
                + "\",\"description\":\"What would make the *app* better?\",\"voteBudget\":2}")));
        Accounts.Account earlier = Accounts.member("Early bird", "en");
        long dark = id(created(earlier.api().post(IDEAS + "boxes/" + box + "/ideas",
                "{\"title\":\"Dark mode " + word + "\",\"body\":\"Easier on the eyes at night.\",\"tags\":[\"display\"]}")));
        long offline = id(created(earlier.api().post(IDEAS + "boxes/" + box + "/ideas",
                "{\"title\":\"Offline reading " + word + "\",\"body\":\"For the train.\",\"tags\":[]}")));
        awaitSimilar(earlier, box, "Dark mode " + word);
        browser.manage().window().setSize(new Dimension(1280, 1400));
        Accounts.Account member = Accounts.member("Idea member", "en");
        signIn(member.email(), member.password());

        open("p/ideas/index.xhtml");
        follow(By.linkText("Mobile app " + word));
        assertThat(text(By.id("ideas-budget"))).isEqualTo("You have 2 of 2 votes left in this box.");
        follow(By.id("ideas-propose"));
        browser.findElement(By.id("ideas-title-field")).sendKeys("A dark mode " + word + " please");
        new WebDriverWait(browser, PATIENCE).until(driver -> !driver.findElements(By.cssSelector("#ideas-similar-list li")).isEmpty());
        assertThat(text(By.id("ideas-similar"))).as("the similar idea is suggested while the title is typed")
                .contains("Dark mode " + word, "vote for it instead");
        screenshot("ideas-similar.png");
        fill(By.id("ideas-body-field"), "A **black** background, as on the website.");
        fill(By.id("ideas-tags-field"), "display, " + word);
        follow(By.id("idea-form:submit"));
        assertThat(text(By.id("ideas-idea-title"))).isEqualTo("A dark mode " + word + " please");
        assertThat(text(By.cssSelector("#ideas-body strong"))).isEqualTo("black");
        long mine = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        assertThat(browser.findElement(By.id("vote-form:vote")).getDomProperty("value")).isEqualTo("Vote (2 votes left)");
        follow(By.id("vote-form:vote"));
        assertThat(text(By.id("ideas-votes"))).contains("1 vote", "You voted for this idea.");
        open("p/ideas/idea.xhtml?id=" + dark);
        assertThat(browser.findElement(By.id("vote-form:vote")).getDomProperty("value")).isEqualTo("Vote (1 vote left)");
        follow(By.id("vote-form:vote"));
        assertThat(text(By.id("ideas-budget"))).as("the page says the budget is spent")
                .isEqualTo("You have used all your 2 votes in this box: withdraw one to vote for another idea.");
        open("p/ideas/idea.xhtml?id=" + offline);
        assertThat(browser.findElement(By.id("vote-form:vote")).isEnabled()).as("no vote left to give").isFalse();
        assertThat(text(By.id("ideas-budget"))).startsWith("You have used all your 2 votes");
        screenshot("ideas-budget-spent.png");

        browser.manage().deleteAllCookies();
        signIn(manager.email(), manager.password());
        open("p/ideas/idea.xhtml?id=" + mine);
        new Select(browser.findElement(By.id("ideas-status-field"))).selectByVisibleText("Under review");
        fill(By.id("ideas-response-field"), "Good idea: it comes **in March**.");
        follow(By.id("respond-form:respond"));
        assertThat(text(By.id("ideas-status"))).isEqualTo("Under review");
        assertThat(text(By.cssSelector("#ideas-response strong"))).isEqualTo("in March");
        assertThat(browser.findElement(By.id("ideas-response")).getLocation().getY())
                .as("the official response shows above the comments")
                .isLessThan(browser.findElement(By.id("ideas-comments")).getLocation().getY());
        screenshot("ideas-answered.png");
        fill(By.id("ideas-merge-field"), String.valueOf(mine));
        follow(By.id("merge-form:merge"));
        assertThat(text(By.cssSelector(".form-problems"))).as("bad input is refused on the page")
                .contains("cannot be merged into itself");
        assertThat(browser.findElements(By.id("ideas-merged"))).as("nothing merged").isEmpty();

        follow(By.id("ideas-box-link"));
        follow(By.id("ideas-roadmap"));
        assertThat(text(By.id("column-under-review"))).as("the roadmap shows the idea under review with its vote")
                .contains("A dark mode " + word + " please", "1 vote");
        assertThat(text(By.id("column-open"))).as("the others stay open").contains("Dark mode " + word, "Offline reading " + word);
        assertThat(browser.findElements(By.id("column-done"))).as("closed statuses have no column").isEmpty();
        screenshot("ideas-roadmap.png");
    }

    /** Waits until search finds the idea, so the page's one question while typing finds it too. */
    private static void awaitSimilar(Accounts.Account asking, long box, String title) {
        String path = IDEAS + "boxes/" + box + "/similar?title=" + URLEncoder.encode(title, StandardCharsets.UTF_8);
        Reply.await(() -> asking.api().get(path), reply -> reply.body().contains(title), PATIENCE);
    }

    private static Reply created(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    private static long id(Reply created) {
        return created.json().getJsonNumber("id").longValue();
    }
}
