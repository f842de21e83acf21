package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real browser (headless Chromium): layout, languages, and a member's round trip
 * from registration to signing out. Each test starts with a fresh browser profile, so with no
 * session and no language choice.
 */
class SiteBrowserIT extends BrowserTest {

    /** A member registered by a test, with the password they chose. */
    private record Newcomer(String name, String email, String password) {
    }

    @Test
    void homePageSpeaksFrenchByDefaultWithHeaderAndFooter() throws IOException {
        open("");

        assertThat(pageLanguage()).isEqualTo("fr");
        assertThat(text(By.id("site-header"))).contains("Symbiose", "Accueil", "Se connecter", "S’inscrire");
        assertThat(text(By.id("welcome"))).isEqualTo("Bienvenue");
        assertThat(text(By.id("site-footer"))).contains("Symbiose");
        screenshot("home.png");
    }

    @Test
    void languageSwitchTurnsThePagesEnglishForTheRestOfTheVisit() {
        open("");
        follow(By.id("languageForm:en"));

        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(text(By.id("site-header"))).contains("Home", "Sign in", "Register");
        open("login.xhtml");
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(text(By.tagName("h1"))).isEqualTo("Sign in");
    }

    @Test
    void memberRegistersSignsInEditsProfileChangesPasswordAndSignsOut() {
        Newcomer newcomer = register();
        signIn(newcomer.email(), newcomer.password());
        assertThat(text(By.id("greeting"))).contains(newcomer.name());

        follow(By.id("nav-profile"));
        String bio = "Gardener and beekeeper, " + newcomer.name();
        fill(By.id("profile:bio"), bio);
        follow(By.id("profile:submit"));
        assertThat(text(By.id("messages"))).isNotBlank();
        open("profile.xhtml");
        assertThat(browser.findElement(By.id("profile:bio")).getDomProperty("value")).isEqualTo(bio);
        assertThat(text(By.id("trustLevel"))).as("a new member's trust level").startsWith("0 ·");
        assertThat(text(By.id("trustMissing"))).as("what level 1 still needs").isNotBlank();

        String newPassword = "second-password-" + UUID.randomUUID();
        open("password.xhtml");
        fill(By.id("password:currentPassword"), newcomer.password());
        fill(By.id("password:newPassword"), newPassword);
        fill(By.id("password:confirmation"), newPassword);
        follow(By.id("password:submit"));
        assertThat(browser.getCurrentUrl()).endsWith("/profile.xhtml");

        signOut();
        assertThat(browser.findElements(By.id("nav-login"))).hasSize(1);
        signIn(newcomer.email(), newcomer.password());
        assertRefused();
        signIn(newcomer.email(), newPassword);
        assertThat(text(By.id("greeting"))).contains(newcomer.name());
        signOut();
        assertThat(browser.findElements(By.id("greeting"))).isEmpty();
    }

    @Test
    void staleProfileEditIsRefusedWithAMessage() {
        Newcomer newcomer = register();
        signIn(newcomer.email(), newcomer.password());
        open("profile.xhtml");
        String firstTab = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB);
        open("profile.xhtml");
        fill(By.id("profile:bio"), "Saved in the second tab");
        follow(By.id("profile:submit"));

        browser.switchTo().window(firstTab);
        fill(By.id("profile:bio"), "Saved over it from the first tab");
        follow(By.id("profile:submit"));
        assertThat(browser.findElements(By.cssSelector("#messages .ui-messages-error"))).isNotEmpty();
        open("profile.xhtml");
        assertThat(browser.findElement(By.id("profile:bio")).getDomProperty("value"))
                .isEqualTo("Saved in the second tab");
    }

    @Test
    void registrationWithMismatchedPasswordsCreatesNothing() {
        String email = uniqueEmail();
        register("Mismatched", email, "first-password-1", "other-password-2");

        assertThat(browser.getCurrentUrl()).endsWith("/register.xhtml");
        assertThat(text(By.id("register:confirmationMessage"))).isNotBlank();
        signIn(email, "first-password-1");
        assertRefused();
    }

    @Test
    void registrationWithABadEmailCreatesNothing() {
        register("Bad address", "not-an-e-mail", "first-password-1", "first-password-1");

        assertThat(browser.getCurrentUrl()).endsWith("/register.xhtml");
        assertThat(text(By.id("register:emailMessage"))).isNotBlank();
        signIn("not-an-e-mail", "first-password-1");
        assertRefused();
    }

    @Test
    void memberPagesSendAnonymousVisitorsToSignIn() {
        open("profile.xhtml");
        assertThat(browser.getCurrentUrl()).endsWith("/login.xhtml");
        open("password.xhtml");
        assertThat(browser.getCurrentUrl()).endsWith("/login.xhtml");
    }

    @Test
    void administratorsManagePluginsOnTheirPageAndOthersCannot() throws IOException {
        open("admin/plugins.xhtml");
        assertThat(browser.getCurrentUrl()).as("anonymous visitors sign in first").endsWith("/login.xhtml");
        Newcomer member = register();
        signIn(member.email(), member.password());
        open("admin/plugins.xhtml");
        assertThat(browser.getPageSource()).as("a member is refused").contains("403");
        signOutIfSignedIn();

        Path plugins = Path.of(System.getProperty("symbiose.plugins"));
        Path hello = Files.createDirectories(plugins).resolve("hello.jar");
        Files.copy(Path.of(System.getProperty("symbiose.hello-plugin")), hello, StandardCopyOption.REPLACE_EXISTING);
        try {
            signIn(Accounts.ADMIN_EMAIL, Accounts.ADMIN_PASSWORD);
            new WebDriverWait(browser, PATIENCE).until(driver -> {
                open("admin/plugins.xhtml");
                return driver.getPageSource().contains("plugin-id\">hello<");
            });
            screenshot("plugins.png");
            follow(helloButton("toggle"));
            assertThat(Api.anonymous().get("api/v1/hello/greeting").status()).as("disabled from the page").isEqualTo(404);
            follow(helloButton("toggle"));
            assertThat(Api.anonymous().get("api/v1/hello/greeting").status()).as("enabled again").isEqualTo(200);
            follow(helloButton("remove"));
            assertThat(Files.exists(hello)).as("removed from the page").isFalse();
        } finally {
            Accounts.admin().api().put("api/v1/admin/plugins/hello/enabled", "{\"enabled\":true}");
            Files.deleteIfExists(hello);
        }
    }

    @Test
    void membersSearchFromTheSearchPageWithHighlightsFacetsAndRefinement() throws IOException {
        String tag = "browser" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        Api author = Accounts.member().api();
        for (String title : new String[] {"Les abeilles du jardin", "Ruches et abeilles en hiver"}) {
            assertThat(author.post("api/v1/items", "{\"type\":\"test.note\",\"title\":\"" + title
                    + "\",\"body\":\"Parlons des abeilles.\",\"tags\":[\"" + tag + "\"]}").status()).isEqualTo(201);
        }
        open("search.xhtml");
        new WebDriverWait(browser, PATIENCE).until(driver -> {
            fill(By.id("q"), "abeille tag:" + tag);
            follow(By.id("searchButton"));
            return text(By.id("total")).startsWith("2");
        });
        assertThat(browser.findElements(By.cssSelector(".search-hit mark"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".search-hit mark")).getText()).containsIgnoringCase("abeille");
        screenshot("search.png");

        follow(By.linkText(tag));
        assertThat(browser.findElement(By.id("q")).getDomProperty("value")).contains("tag:" + tag);
        assertThat(text(By.id("total"))).startsWith("2");

        fill(By.id("q"), "\"");
        follow(By.id("searchButton"));
        assertThat(browser.findElements(By.id("refusal"))).as("a query with nothing to search is explained").isNotEmpty();
    }

    @Test
    void aPluginPageShowsItsModelAndItsFormRunsThePluginsAction() throws IOException {
        Path hello = Files.createDirectories(Path.of(System.getProperty("symbiose.plugins"))).resolve("hello.jar");
        Files.copy(Path.of(System.getProperty("symbiose.hello-plugin")), hello, StandardCopyOption.REPLACE_EXISTING);
        try {
            Newcomer member = register();
            signIn(member.email(), member.password());
            new WebDriverWait(browser, PATIENCE).until(driver -> {
                open("p/hello/notes.xhtml");
                return !driver.findElements(By.id("body")).isEmpty();
            });
            String text = "Une note du navigateur " + UUID.randomUUID();
            fill(By.id("body"), text);
            follow(By.cssSelector("[id$='add']"));
            assertThat(browser.getCurrentUrl()).endsWith("/p/hello/notes.xhtml");
            assertThat(text(By.id("notes"))).contains(text);

            follow(By.cssSelector("[id$='add']"));
            assertThat(browser.getPageSource()).as("an empty note is refused on the form").contains("Write something first");

            Reply missing = Api.anonymous().get("p/hello/notes.xhtml?note=999999999");
            assertThat(missing.status()).as("a model the plugin does not have answers 404").isEqualTo(404);
        } finally {
            Files.deleteIfExists(hello);
        }
    }

    @Test
    void administratorsWatchTheSearchIndexAndRebuildIt() throws IOException {
        signIn(Accounts.ADMIN_EMAIL, Accounts.ADMIN_PASSWORD);
        open("admin/search.xhtml");
        assertThat(Long.parseLong(text(By.id("indexed")))).isPositive();
        follow(By.cssSelector("[id$='rebuildButton']"));
        assertThat(browser.getPageSource()).containsAnyOf("Reconstruction lancée", "Une reconstruction est déjà en cours");
        new WebDriverWait(browser, PATIENCE).until(driver -> text(By.id("rebuild")).contains("termin")
                || text(By.id("rebuild")).contains("finished"));
        screenshot("search-index.png");
    }

    @Test
    void aMemberReadsTheirNotificationsAndMarksThemRead() throws IOException {
        Newcomer member = register();
        Reply created = Api.basic(member.email(), member.password()).post("api/v1/items",
                "{\"type\":\"test.note\",\"title\":\"Mon annonce\",\"body\":\"À vendre\"}");
        long item = created.json().getJsonNumber("id").longValue();
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        moderator.api().post("api/v1/items/" + item + "/flags", "{\"reason\":\"SPAM\"}");
        jakarta.json.JsonObject entry = ReviewQueueEntries.openFor(moderator.api(), item);
        assertThat(moderator.api().put("api/v1/moderation/queue/" + entry.getJsonNumber("id"), "{\"decision\":\"REJECT\","
                + "\"note\":\"Pas de petites annonces\",\"version\":" + entry.getJsonNumber("version") + "}").status()).isEqualTo(200);

        signIn(member.email(), member.password());
        assertThat(text(By.id("nav-notifications"))).as("the unread count in the navigation").contains("1");
        follow(By.id("nav-notifications"));
        assertThat(text(By.id("notifications"))).as("in the member's language, the kind as a word")
                .contains("Votre message « Mon annonce » a été supprimé par un modérateur : Pas de petites annonces")
                .contains("Message rejeté").doesNotContain("moderation-reject");
        screenshot("notifications.png");
        follow(By.cssSelector("[id$='markAllRead']"));
        assertThat(text(By.id("nav-notifications"))).doesNotContain("1");
    }

    @Test
    void aModeratorApprovesOnePendingPostAndRejectsAnotherInTheConsole() throws IOException {
        Accounts.Account manager = Accounts.withRole("COMMUNITY_MANAGER");
        assertThat(manager.api().put("api/v1/moderation/settings", "{\"flagThreshold\":3,\"firstPostsReviewed\":2}").status())
                .isEqualTo(200);
        String good = "Bonne idée " + UUID.randomUUID();
        String bad = "Publicité " + UUID.randomUUID();
        Accounts.Account author = Accounts.member();
        long goodId;
        long badId;
        try {
            goodId = pendingPost(author, good);
            badId = pendingPost(author, bad);
        } finally {
            manager.api().put("api/v1/moderation/settings", "{\"flagThreshold\":3,\"firstPostsReviewed\":0}");
        }
        assertThat(Api.anonymous().get("api/v1/items/" + goodId).status()).as("pending: not shown yet").isEqualTo(404);

        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        signIn(moderator.email(), moderator.password());
        follow(By.id("nav-console"));
        // earlier tests leave entries of higher priority: look at this author's
        open("console/index.xhtml?author=" + author.id());
        assertThat(browser.getPageSource()).contains(good, bad);
        follow(reviewButton(good, "approve"));
        assertThat(browser.getPageSource()).doesNotContain(good);
        fill(By.cssSelector("[id$='note']"), "Pas de publicité ici");
        follow(reviewButton(bad, "reject"));
        assertThat(browser.getPageSource()).doesNotContain(bad);
        screenshot("console.png");

        assertThat(Api.anonymous().get("api/v1/items/" + goodId).status()).as("approved: published").isEqualTo(200);
        assertThat(moderator.api().get("api/v1/items/" + badId).json().getString("status")).isEqualTo("DELETED");
        assertThat(moderator.api().get("api/v1/moderation/audit?item=" + badId).body()).contains("Pas de publicité ici");
        follow(By.id("toDashboard"));
        assertThat(browser.findElements(By.cssSelector("#flagsChart canvas, canvas"))).as("the charts are drawn").isNotEmpty();
        assertThat(text(By.id("queue"))).matches("\\d+");
        screenshot("dashboard.png");
        signOut();
        Newcomer member = register();
        signIn(member.email(), member.password());
        open("console/index.xhtml");
        assertThat(browser.getPageSource()).as("members are refused").contains("403");
    }

    /** A new member's post, held for review by the policy. */
    private static long pendingPost(Accounts.Account author, String body) {
        Reply created = author.api().post("api/v1/items", "{\"type\":\"test.note\",\"body\":\"" + body + "\"}");
        assertThat(created.json().getString("status")).isEqualTo("PENDING_REVIEW");
        return created.json().getJsonNumber("id").longValue();
    }

    private static By reviewButton(String body, String action) {
        return By.xpath("//tr[.//*[contains(@class,'review-body') and contains(., '" + body + "')]]//button[contains(@id,':"
                + action + "')]");
    }

    @Test
    void sessionCookieIsHttpOnly() {
        open("");

        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("session cookie").isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
    }

    private Newcomer register() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Newcomer newcomer = new Newcomer("Camille " + suffix, uniqueEmail(), "first-password-" + suffix);
        register(newcomer.name(), newcomer.email(), newcomer.password(), newcomer.password());
        assertThat(browser.getCurrentUrl()).as("registered, then sent to sign in").endsWith("/login.xhtml");
        return newcomer;
    }

    private void register(String name, String email, String password, String confirmation) {
        open("register.xhtml");
        fill(By.id("register:displayName"), name);
        fill(By.id("register:email"), email);
        fill(By.id("register:password"), password);
        fill(By.id("register:confirmation"), confirmation);
        follow(By.id("register:submit"));
    }

    private void signOutIfSignedIn() {
        open("");
        if (!browser.findElements(By.id("signOutForm:signOut")).isEmpty()) {
            signOut();
        }
    }

    private void signOut() {
        follow(By.id("signOutForm:signOut"));
    }

    private void assertRefused() {
        assertThat(browser.getCurrentUrl()).endsWith("/login.xhtml");
        assertThat(browser.findElements(By.cssSelector("#messages .ui-messages-error"))).isNotEmpty();
        assertThat(browser.findElements(By.id("nav-profile"))).isEmpty();
    }

    /** A button in the hello plugin's row: other plugins (the built-in ones) are listed too. */
    private static By helloButton(String action) {
        return By.xpath("//tr[.//*[contains(@class,'plugin-id') and text()='hello']]//button[contains(@id,':" + action + "')]");
    }

    private static String uniqueEmail() {
        return "site-" + UUID.randomUUID() + "@symbiose.test";
    }

    private String pageLanguage() {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }

}
