package org.symbiose.it;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A visit of every page a person reaches by following links from where they start: GET only, on
 * the site's own origin, never a link that changes state. A page is wrong when it answers other
 * than 2xx/3xx, or when it shows an error: the container's error report, a stack trace, a Faces
 * exception, an error message on a page that nothing was posted to, unresolved EL, a missing
 * text key. Pages of one shape (the same path and parameter names, {@code topic.xhtml?id=}) are
 * visited a few times only, and a crawl stops at a bound, so a big forum stays a quick test.
 */
final class SiteCrawl {

    /** A wrong page: its address, the page that linked to it, and what is wrong. */
    record Problem(String page, String from, String what) {
        @Override
        public String toString() {
            return page + " (linked from " + from + "): " + what;
        }
    }

    /** What a crawl found: the pages it opened and those that were wrong. */
    record Result(Set<String> visited, List<Problem> problems) {
    }

    private static final int PAGES_PER_SHAPE = 4;
    private static final int MAX_PAGES = 300;

    /** Links a visitor could follow that change something, or end the visit: never followed. */
    private static final Pattern STATE_CHANGING = Pattern.compile(
            "(?i)(sign-?out|log-?out|delete|remove|unsubscribe|watch\\b|/expired\\.xhtml)");

    /** What an error looks like in a page's text or markup. */
    private static final Map<String, Pattern> ERROR_SIGNS = Map.of(
            "the container's error report", Pattern.compile("(?i)error report|HTTP Status \\d{3}|Payara Server"),
            // stack frames and the JVM's fatal errors; not an exception's name in a sentence, as the
            // plugins page rightly shows a plugin's last failure
            "a stack trace", Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)"
                    + "|StackOverflowError|OutOfMemoryError|NullPointerException"),
            "a Faces exception", Pattern.compile("(jakarta|javax)\\.faces\\.|jakarta\\.el\\.|ViewExpired"),
            "unresolved EL", Pattern.compile("#\\{"),
            "a missing text key", Pattern.compile("\\?\\?\\?[^?\\s]*\\?\\?\\?"));

    private final SiteSession session;
    private final String language;
    private final URI origin = Api.BASE;

    /**
     * @param session  who visits: anonymous or signed in
     * @param language the browser's language, sent as {@code Accept-Language}
     */
    SiteCrawl(SiteSession session, String language) {
        this.session = session;
        this.language = language;
    }

    /** Follows every link from {@code starts} (site-relative addresses). */
    Result from(String... starts) {
        Deque<Link> queue = new ArrayDeque<>();
        Arrays.stream(starts).forEach(start -> queue.add(new Link(origin.resolve(start), "(start)")));
        Set<String> seen = new HashSet<>();
        Set<String> visited = new HashSet<>();
        Map<String, Integer> shapes = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
            Link link = queue.poll();
            String address = link.target().toString();
            if (!seen.add(address) || shapes.merge(shape(link.target()), 1, Integer::sum) > PAGES_PER_SHAPE) {
                continue;
            }
            visited.add(address);
            HttpResponse<String> page = session.get(address, "Accept-Language", language);
            int status = page.statusCode();
            if (status >= 300 && status < 400) {
                page.headers().firstValue("Location").map(location -> ownPage(link.target(), location))
                        .ifPresent(next -> queue.add(new Link(next, address)));
            } else if (status < 200 || status >= 400) {
                problems.add(new Problem(address, link.from(), "answered " + status + ": " + excerpt(page.body())));
            } else if (page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                Document document = Jsoup.parse(page.body(), address);
                errorIn(document).ifPresent(what -> problems.add(new Problem(address, link.from(), what)));
                for (Element anchor : document.select("a[href]")) {
                    URI next = ownPage(link.target(), anchor.attr("href"));
                    if (next != null) {
                        queue.add(new Link(next, address));
                    }
                }
            }
        }
        return new Result(visited, problems);
    }

    /** The page named by {@code href} on this site, without its fragment; null for another site or a state change. */
    private URI ownPage(URI base, String href) {
        URI target;
        try {
            target = base.resolve(href.strip());
        } catch (IllegalArgumentException malformed) {
            // a link no browser could follow is the page's problem, found by its HTML check, not the crawl's
            return null;
        }
        if (!"http".equals(target.getScheme()) && !"https".equals(target.getScheme())
                || !origin.getAuthority().equals(target.getAuthority()) || STATE_CHANGING.matcher(target.toString()).find()) {
            return null;
        }
        return URI.create(target.getScheme() + "://" + target.getRawAuthority() + target.getRawPath()
                + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
    }

    /** A page's path and the names of its parameters: {@code /p/forum/topic.xhtml?id&offset}. */
    private static String shape(URI page) {
        String query = page.getRawQuery();
        if (query == null) {
            return page.getRawPath();
        }
        return page.getRawPath() + "?" + String.join("&", Arrays.stream(query.split("&"))
                .map(parameter -> parameter.split("=", 2)[0]).sorted().toList());
    }

    private static Optional<String> errorIn(Document document) {
        String text = document.text();
        String markup = document.body() == null ? "" : document.body().html();
        for (Map.Entry<String, Pattern> sign : ERROR_SIGNS.entrySet()) {
            Matcher found = sign.getValue().matcher(text);
            if (found.find()) {
                return Optional.of(sign.getKey() + ": \"" + around(text, found.start()) + "\"");
            }
        }
        if (!document.select(".ui-messages-error, .ui-messages-fatal, .ui-message-error").isEmpty()) {
            return Optional.of("an error message: \""
                    + document.select(".ui-messages-error, .ui-messages-fatal, .ui-message-error").text() + "\"");
        }
        Matcher unresolved = ERROR_SIGNS.get("unresolved EL").matcher(markup);
        if (unresolved.find()) {
            return Optional.of("unresolved EL in the markup: \"" + around(markup, unresolved.start()) + "\"");
        }
        return Optional.empty();
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 100));
    }

    private static String excerpt(String body) {
        String text = Jsoup.parse(body).text();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private record Link(URI target, String from) {
    }
}
