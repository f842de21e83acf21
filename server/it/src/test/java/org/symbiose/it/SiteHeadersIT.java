package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * What every page tells the browser: a Content-Security-Policy whose scripts need the page's
 * nonce, no framing by other sites, and a session cookie kept to HTTPS when served over HTTPS.
 */
class SiteHeadersIT extends Deployed {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Test
    void everyPageHasAScriptPolicyAndRefusesFraming() {
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of("/index.xhtml", "/login.xhtml", "/register.xhtml", "/search.xhtml?q=a",
                "/p/forum/index.xhtml", "/nope")) {
            RawHttp.Answer page = RawHttp.send("GET", path);
            List<String> policies = page.values("Content-Security-Policy");
            softly.assertThat(policies).as(path).anySatisfy(p -> assertThat(p).contains("frame-ancestors 'self'"));
            softly.assertThat(page.values("X-Frame-Options")).as(path).containsExactly("SAMEORIGIN");
            String scripts = policies.stream().flatMap(p -> Stream.of(p.split(";"))).map(String::strip)
                    .filter(directive -> directive.startsWith("script-src")).findFirst().orElse("");
            softly.assertThat(scripts).as(path + " script policy").doesNotContain("'unsafe-inline'", "'unsafe-eval'");
            Matcher nonce = NONCE.matcher(scripts);
            if (nonce.find()) {
                // every script element of the page carries the nonce, or the browser would not run it
                long scriptTags = Pattern.compile("<script\\b").matcher(page.body()).results().count();
                long withNonce = Pattern.compile("<script\\b[^>]*nonce=\"" + Pattern.quote(nonce.group(1)) + "\"")
                        .matcher(page.body()).results().count();
                softly.assertThat(withNonce).as(path + " scripts with the nonce").isEqualTo(scriptTags);
            } else {
                softly.fail(path + " has no script-src with a nonce: " + policies);
            }
        }
        for (String path : List.of("/api/v1/items", "/jakarta.faces.resource/css/symbiose.css.xhtml?con=default")) {
            RawHttp.Answer answer = RawHttp.send("GET", path);
            softly.assertThat(answer.values("Content-Security-Policy")).as(path)
                    .anySatisfy(p -> assertThat(p).contains("frame-ancestors 'self'"));
            softly.assertThat(answer.values("X-Frame-Options")).as(path).containsExactly("SAMEORIGIN");
        }
        softly.assertAll();
    }

    @Test
    void theSessionCookieIsSecureOverHttps() {
        String secure = RawHttp.secure("/index.xhtml").values("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        String plain = RawHttp.send("GET", "/index.xhtml").values("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(secure).as("over HTTPS").containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
        // plain HTTP (a development machine) must still sign in: the browser would not send a Secure cookie back
        softly.assertThat(plain).as("over HTTP").doesNotContainIgnoringCase("Secure").containsIgnoringCase("HttpOnly");
        softly.assertAll();
    }
}
