package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.symbiose.it.Accounts.Account;

/**
 * Missing, refused and odd addresses: the site answers with its own pages in the theme and the
 * visitor's language, the REST API with problem+json, and nothing names the server.
 */
class ErrorPagesIT extends Deployed {

    /** What Payara's own error report, a stack trace or a version string would show. */
    private static final List<String> SERVER_TRACES = List.of("Payara", "GlassFish", "Error report", "Exception:",
            "\tat ", "Servlet/", "Grizzly");

    @Test
    void aMissingPageIsTheSitesOwnPageInTheVisitorsLanguage() {
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of("/nope", "/nope.xhtml", "/p/forum/nope.xhtml", "/WEB-INF/web.xml", "/a/b/c.html")) {
            RawHttp.Answer english = RawHttp.send("GET", path, "Accept-Language", "en");
            softly.assertThat(english.status()).as(path).isEqualTo(404);
            softly.assertThat(english.contentType()).as(path).startsWith("text/html");
            softly.assertThat(english.body()).as(path).contains("Page not found", "site-header").doesNotContain(SERVER_TRACES);
            RawHttp.Answer french = RawHttp.send("GET", path, "Accept-Language", "fr");
            softly.assertThat(french.body()).as(path + " in French").contains("Page introuvable");
        }
        // a form sent to a page that does not exist is a missing page too, not a failure
        RawHttp.Answer posted = RawHttp.send("POST", "/nope.xhtml", "Content-Type", "application/x-www-form-urlencoded",
                "Content-Length", "0");
        softly.assertThat(posted.status()).as("POST " + posted).isEqualTo(404);
        softly.assertThat(posted.body()).contains("site-header").doesNotContain(SERVER_TRACES);
        softly.assertAll();
    }

    @Test
    void aRefusedPageIsTheSitesOwnPage() {
        Account member = Accounts.member();
        HttpResponse<String> refused = SiteSession.signedIn(member.email(), member.password()).get("admin/plugins.xhtml");
        assertThat(refused.statusCode()).isEqualTo(403);
        // the member chose English at registration
        assertThat(refused.body()).contains("Not allowed", "site-header").doesNotContain(SERVER_TRACES);
    }

    @Test
    void aFailingPageIsTheSitesOwnPageWithoutATrace() throws Exception {
        Path plugins = Path.of(System.getProperty("symbiose.plugins"));
        Files.createDirectories(plugins);
        Path faulty = plugins.resolve("faulty.jar");
        Files.copy(Path.of(System.getProperty("symbiose.faulty-plugin")), faulty, StandardCopyOption.REPLACE_EXISTING);
        try {
            RawHttp.Answer failed = RawHttp.send("GET", "/p/faulty/broken.xhtml", "Accept-Language", "fr");
            for (int tries = 0; failed.status() == 404 && tries < 50; tries++) {
                Thread.sleep(200);
                failed = RawHttp.send("GET", "/p/faulty/broken.xhtml", "Accept-Language", "fr");
            }
            assertThat(failed.status()).as(failed.toString()).isEqualTo(500);
            assertThat(failed.body()).contains("Une erreur est survenue", "site-header").doesNotContain(SERVER_TRACES)
                    .doesNotContain("#{1 +}", "ELException", "FacesException");
        } finally {
            Files.deleteIfExists(faulty);
        }
    }

    @Test
    void shortAddressesLeadToTheirPages() {
        SoftAssertions softly = new SoftAssertions();
        for (String page : List.of("login", "register", "search")) {
            RawHttp.Answer answer = RawHttp.send("GET", "/" + page + "?q=x");
            softly.assertThat(answer.status()).as(page).isEqualTo(302);
            softly.assertThat(answer.values("Location")).as(page).singleElement().asString().endsWith("/" + page + ".xhtml?q=x");
        }
        softly.assertThat(RawHttp.send("GET", "/nope").status()).as("no page of that name").isEqualTo(404);
        softly.assertAll();
    }

    @Test
    void oddApiAddressesAreProblems() {
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of("/api/v1/nope", "/api/v1/items/a%2Fb", "/api/v1/items/..%2F..%2Fetc", "/api/v1/items/%2500",
                "/api/v1/items/%25%32%65", "/api/v1/items/%E2%82%AC", "/api/v1/items/a;b=c", "/api/v1/items/1/nope",
                "/api/v2/items", "/api/nope")) {
            RawHttp.Answer answer = RawHttp.send("GET", path);
            softly.assertThat(answer.status()).as(path + ": " + answer).isBetween(400, 499);
            softly.assertThat(answer.contentType()).as(path + ": " + answer).startsWith("application/problem+json");
            softly.assertThat(answer.body()).as(path).contains("\"type\":\"urn:symbiose:problem:").doesNotContain(SERVER_TRACES);
        }
        softly.assertAll();
    }

    @Test
    void noAnswerNamesTheServer() {
        SoftAssertions softly = new SoftAssertions();
        // the last ones Payara refuses itself before any application runs: the domain must be told
        for (String path : List.of("/", "/index.xhtml", "/nope", "/login", "/api/v1/health", "/api/v1/nope",
                "/jakarta.faces.resource/css/symbiose.css.xhtml?con=default", "/api/v1/items/%00", "/api/v1/items/%5C",
                "/api/v1/items/%C0%AE", "/api/v1/items/%ff", "/api/v1/items/%", "/api/v1/items/%zz", "/nope/%00")) {
            RawHttp.Answer answer = RawHttp.send("GET", path);
            for (String header : List.of("Server", "X-Powered-By")) {
                softly.assertThat(answer.values(header)).as(path + " " + header).allSatisfy(value ->
                        assertThat(value).doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish")
                                .doesNotContain("Servlet/").doesNotContainPattern("[0-9]"));
            }
            softly.assertThat(answer.body()).as(path + " body").doesNotContain(SERVER_TRACES)
                    .doesNotContainPattern("\\b[0-9]+\\.20[0-9]{2}\\.[0-9]+\\b");
        }
        softly.assertAll();
    }
}
