package org.symbiose.core.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.symbiose.api.search.QueryRejectedException;
import org.symbiose.api.search.SearchHit;
import org.symbiose.api.search.SearchOrder;

/** What people may type, against a small index: nothing may fail but a {@link QueryRejectedException}. */
class QueryEdgeCasesTest {

    @org.junit.jupiter.api.io.TempDir
    static Path dir;
    static LuceneIndex index;

    @BeforeAll
    static void fill() throws IOException {
        index = LuceneIndex.open(dir.resolve("index"));
        index.upsertAll(List.of(
                TestItem.of(1).language("fr").title("Le chat noir").text("Le chat dort à 12:30 sur le canapé.")
                        .tags("animaux", "Chat").author(5, "Émile Zola").build(),
                TestItem.of(2).language("en").title("The black dog").text("The dog barks at the cat.")
                        .tags("animals").author(6, "Jane Doe").plugin("blog").type("blog.post")
                        .created(TestItem.NOW.minus(Duration.ofDays(2))).build(),
                TestItem.of(3).language("fr").title("Cheval de course").text("Un cheval rapide, très rapide.")
                        .tags("animaux").author(6, "Jane Doe").created(TestItem.NOW.minus(Duration.ofDays(1)))
                        .build(),
                TestItem.of(4).language("en").title("SQL tips").text("Never write select * from users; drop "
                        + "table users -- in a comment. مرحبا بالعالم 🐱 C++ rocks!").build()));
        index.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static List<Long> ids(String query) throws IOException {
        return index.search(new SearchRequest(query, SearchOrder.RELEVANCE, 0, 10, Visibility.everything()))
                .hits().stream().map(SearchHit::id).toList();
    }

    static List<Long> sorted(String query) throws IOException {
        return ids(query).stream().sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "-", "+", "--", "\"\"", "tag:", "author:", "&&", "|| !",
        "( ) { } [ ] ^ ~ * ? \\ /", "*", "-&&", "\"", "<br/>", "-<b>"})
    void nothingToSearchIsRejectedPlainly(String query) {
        assertThatThrownBy(() -> ids(query)).isInstanceOf(QueryRejectedException.class)
                .hasMessage("type something to search");
    }

    @Test
    void nullQueryIsRejectedPlainly() {
        assertThatThrownBy(() -> ids(null)).isInstanceOf(QueryRejectedException.class)
                .hasMessage("type something to search");
    }

    @Test
    void tooLongIsRejected() throws IOException {
        assertThat(ids("chat " + "x".repeat(494))).isEmpty();
        assertThatThrownBy(() -> ids("chat " + "x".repeat(496))).isInstanceOf(QueryRejectedException.class)
                .hasMessageContaining("500 characters");
    }

    @Test
    void tooManyWordsIsRejected() throws IOException {
        assertThat(ids("chat " + "x ".repeat(31))).isEmpty();
        assertThatThrownBy(() -> ids("chat " + "x ".repeat(32))).isInstanceOf(QueryRejectedException.class)
                .hasMessageContaining("32");
        assertThatThrownBy(() -> ids("\"" + "a ".repeat(33) + "\"")).isInstanceOf(QueryRejectedException.class);
    }

    @Test
    void onlyFiltersGiveTheirItemsNewestFirst() throws IOException {
        assertThat(ids("tag:animaux")).containsExactly(1L, 3L);
        assertThat(ids("TAG:Animaux")).containsExactly(1L, 3L);
        assertThat(ids("author:6")).containsExactly(3L, 2L);
        assertThat(ids("author:\"jane DOE\"")).containsExactly(3L, 2L);
        assertThat(ids("author:emile")).containsExactly(1L);
        assertThat(ids("Author:ÉMILE")).containsExactly(1L);
        assertThat(ids("type:blog.post")).containsExactly(2L);
        assertThat(ids("plugin:blog")).containsExactly(2L);
    }

    @Test
    void duplicateFiltersAreAllRequired() throws IOException {
        assertThat(ids("tag:animaux tag:chat")).containsExactly(1L);
        assertThat(ids("tag:animaux tag:animals")).isEmpty();
    }

    @Test
    void filtersCombineWithWords() throws IOException {
        assertThat(ids("chat tag:animaux")).containsExactly(1L);
        assertThat(ids("rapide -tag:chat")).containsExactly(3L);
    }

    @Test
    void onlyExclusionsGiveEverythingElse() throws IOException {
        assertThat(sorted("-chat")).containsExactly(2L, 3L, 4L);
        assertThat(sorted("--chat")).containsExactly(2L, 3L, 4L);
        assertThat(sorted("-chat -dog")).containsExactly(3L, 4L);
        assertThat(sorted("-\"chat noir\"")).containsExactly(2L, 3L, 4L);
    }

    @Test
    void phrasesAreExact() throws IOException {
        assertThat(ids("\"chat noir\"")).containsExactly(1L);
        assertThat(ids("\"noir chat\"")).isEmpty();
        assertThat(ids("\"the black dog\"")).containsExactly(2L);
        assertThat(ids("\"black the dog\"")).isEmpty();
    }

    @Test
    void unbalancedQuoteRunsToTheEnd() throws IOException {
        assertThat(ids("le \"chat noir")).containsExactly(1L);
        assertThat(ids("\"chat dog")).isEmpty();
    }

    @Test
    void loneDashIsNothing() throws IOException {
        assertThat(ids("chat - noir")).containsExactly(1L);
    }

    @Test
    void unknownFieldIsPlainText() throws IOException {
        assertThat(ids("foo:chat")).isEmpty();
        assertThat(ids("chat:noir")).containsExactly(1L);
    }

    @Test
    void colonsInWordsStayTogether() throws IOException {
        assertThat(ids("12:30")).containsExactly(1L);
        assertThat(ids("12:31")).isEmpty();
    }

    @Test
    void luceneSpecialCharactersAreText() throws IOException {
        assertThat(ids("chat && (noir) || !dog")).isEmpty();
        assertThat(ids("(chat) [noir] {canapé}^~ \\/")).containsExactly(1L);
        assertThat(ids("C++")).containsExactly(4L);
        assertThat(ids("chat?")).containsExactly(1L);
        assertThat(sorted("-(chat)")).containsExactly(2L, 3L, 4L);
    }

    @Test
    void trailingStarIsAPrefixOfTheLastWordOnly() throws IOException {
        assertThat(ids("chev*")).containsExactly(3L);
        assertThat(ids("rapide cheva*")).containsExactly(3L);
        assertThat(ids("chev* course")).isEmpty();
        assertThat(ids("*hat")).isEmpty();
        assertThat(ids("ch*t")).isEmpty();
        assertThat(ids("c*")).containsExactly(4L);
    }

    @Test
    void orLetsEitherMatch() throws IOException {
        assertThat(sorted("cheval OR dog")).containsExactly(2L, 3L);
        assertThat(ids("cheval or dog")).isEmpty();
        assertThat(sorted("OR cheval")).containsExactly(3L);
    }

    @Test
    void unicodeEmojiAndRightToLeftTextAreHarmless() throws IOException {
        assertThat(ids("🐱")).containsExactly(4L);
        assertThat(ids("مرحبا")).containsExactly(4L);
        assertThat(ids("ｃｈａｔ 💥")).isEmpty();
    }

    @Test
    void injectionAndHtmlAreJustText() throws IOException {
        assertThat(ids("'; DROP TABLE users; --")).containsExactly(4L);
        assertThat(ids("<script>alert(1)</script>")).isEmpty();
        assertThat(ids("<b>chat</b>")).containsExactly(1L);
    }

    @Test
    void orAloneIsTheWordOr() throws IOException {
        assertThat(ids("OR")).isEmpty();
    }

    @Test
    void numbersAreWords() throws IOException {
        assertThat(ids("12")).containsExactly(1L);
        assertThat(ids("42")).isEmpty();
    }

    @Test
    void grammarWordsAloneStillSearch() throws IOException {
        assertThat(ids("the")).containsExactlyInAnyOrder(2L);
        assertThat(sorted("le")).containsExactly(1L);
        assertThat(ids("the dog")).containsExactly(2L);
        assertThat(ids("le cheval")).containsExactly(3L);
    }

    @Test
    void whitespaceOfAnyKindSeparates() throws IOException {
        assertThat(ids("\tchat\n\r noir  ")).containsExactly(1L);
    }

    @Test
    void mixedCaseIsIgnored() throws IOException {
        assertThat(ids("CHAT NOIR")).containsExactly(1L);
    }
}
