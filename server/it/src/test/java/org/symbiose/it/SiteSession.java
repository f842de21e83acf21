package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visit of the site's pages without a browser: anonymous, or signed in through the login form
 * with its session cookie; redirects are not followed, so a page's own answer is seen.
 */
final class SiteSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** The page's CSP nonce, which PrimeFaces' script adds to every postback and checks when the page renders again. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private SiteSession() {
    }

    static SiteSession anonymous() {
        return new SiteSession();
    }

    static SiteSession signedIn(String email, String password) {
        SiteSession session = new SiteSession();
        HttpResponse<String> signedIn = session.signIn(email, password);
        assertThat(signedIn.statusCode()).as("signed in and sent on: " + signedIn.body()).isEqualTo(302);
        return session;
    }

    /** Fills in and sends the login form with the given header name/value pairs on both requests; the answer. */
    HttpResponse<String> signIn(String email, String password, String... headers) {
        String page = get("login.xhtml", headers).body();
        Matcher state = VIEW_STATE.matcher(page);
        Matcher nonce = NONCE.matcher(page);
        assertThat(state.find() && nonce.find()).as("the login form's view state and nonce").isTrue();
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.BASE.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("login", "login", "login:email", email,
                        "login:password", password, "login:submit", "", "jakarta.faces.ViewState", state.group(1),
                        "primefaces.nonce", nonce.group(1)))));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A page's status: 200, a 302 to sign in, a 403… */
    int status(String path) {
        return get(path).statusCode();
    }

    /** Posts {@code body} with this visit's session cookie and the given header name/value pairs; the status. */
    int post(String path, String body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.BASE.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request).statusCode();
    }

    /** A GET of {@code path} (relative to the site, or absolute) with the given header name/value pairs, as answered. */
    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.BASE.resolve(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
