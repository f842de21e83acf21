package org.symbiose.core.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiose.api.search.FacetCount;
import org.symbiose.api.search.QueryRejectedException;
import org.symbiose.api.search.SearchHit;
import org.symbiose.api.search.SearchOrder;
import org.symbiose.api.search.SearchResult;
import org.symbiose.api.search.Suggestion;

class LuceneIndexSearchTest {

    static final Visibility MEMBER = new Visibility(Set.of("PUBLISHED"), Set.of("staff"), 7L);

    @TempDir
    static Path dir;
    static LuceneIndex index;

    @BeforeAll
    static void fill() throws IOException {
        index = LuceneIndex.open(dir.resolve("index"));
        index.upsertAll(List.of(
                TestItem.of(1).language("fr").title("Les chevaux du club").text("Nos chevaux galopent dans le pré.")
                        .tags("Équitation").author(2, "Émile Zola").build(),
                TestItem.of(2).language("en").title("Morning habits").text("I run every day before work.")
                        .tags("sport").plugin("blog").type("blog.post").build(),
                TestItem.of(3).language("fr").title("Conseil de classe").text("Chaque élève reçoit un bulletin.")
                        .created(TestItem.NOW.minus(Duration.ofDays(400))).build(),
                TestItem.of(4).language("fr").title("Parents").text("Les eleves de seconde partent en voyage.")
                        .created(TestItem.NOW.minus(Duration.ofDays(3))).build(),
                TestItem.of(5).language("fr").title("Jardin").text("Il faut tailler l'arbre avant l'hiver.")
                        .facets(Map.of("season", "winter")).build(),
                TestItem.of(6).language("fr").title("Restaurant du coin").text("Un restaurant très apprécié.")
                        .build(),
                TestItem.of(7).title("Économie d'énergie").text("Isoler les combles réduit la facture.")
                        .tags("énergie", "maison").build(),
                TestItem.of(8).title("Caché par la modération").text("Des chevaux cachés.").status("HIDDEN")
                        .build(),
                TestItem.of(9).title("Supprimé").text("Des chevaux supprimés.").status("DELETED").build(),
                TestItem.of(10).title("En attente").text("Des chevaux en attente.").status("PENDING_REVIEW")
                        .author(7, "Member Seven").build(),
                TestItem.of(11).title("Attente d'un autre").text("D'autres chevaux en attente.")
                        .status("PENDING_REVIEW").author(8, "Someone Else").build(),
                TestItem.of(12).title("Salle du personnel").text("Les chevaux du personnel.").place("staff")
                        .build(),
                TestItem.of(13).language("en").title("Riding horses").text("Our horses are running <b>fast</b> & free.")
                        .tags("Équitation").build()));
        index.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static List<Long> ids(String query) throws IOException {
        return ids(query, Visibility.everything());
    }

    static List<Long> ids(String query, Visibility visibility) throws IOException {
        return index.search(new SearchRequest(query, SearchOrder.RELEVANCE, 0, 100, visibility)).hits().stream()
                .map(SearchHit::id).toList();
    }

    @Test
    void frenchSingularFindsIrregularPlural() throws IOException {
        assertThat(ids("cheval", MEMBER)).containsExactly(1L, 10L);
    }

    @Test
    void englishStemFindsOtherForm() throws IOException {
        assertThat(ids("running")).contains(2L);
        assertThat(ids("runs")).contains(2L, 13L);
        assertThat(ids("run")).contains(2L);
    }

    @Test
    void accentsAndPluralsMeet() throws IOException {
        assertThat(ids("eleve")).containsExactlyInAnyOrder(3L, 4L);
        assertThat(ids("élèves")).containsExactlyInAnyOrder(3L, 4L);
    }

    @Test
    void elisionIsIgnored() throws IOException {
        assertThat(ids("l'arbre")).containsExactly(5L);
        assertThat(ids("arbre")).containsExactly(5L);
    }

    @Test
    void sameWordFindsItemOfTheOtherLanguage() throws IOException {
        assertThat(ids("restaurant")).containsExactly(6L);
        assertThat(ids("horses")).containsExactly(13L);
    }

    @Test
    void mixedTextIsFoundByTheWordsOfBothLanguages() throws IOException {
        // mostly French, so analysed in French: its English words are found by their own spelling
        index.upsert(TestItem.of(102).title("Le running du dimanche").text("Nous faisons du running, the best way "
                + "to start, avec les chevaux du club hippique.").build());
        index.refresh();
        assertThat(ids("running")).contains(102L);
        assertThat(ids("cheval")).contains(102L);
        assertThat(ids("hippiques")).containsExactly(102L);
        index.delete(102);
        index.refresh();
    }

    @Test
    void phrasesDoNotJoinTheTextsEndToTheTitle() throws IOException {
        index.upsert(TestItem.of(103).language("fr").title("Tomates vertes").text("Le jardin potager").build());
        index.refresh();
        assertThat(ids("\"potager tomates\"")).isEmpty();
        assertThat(ids("\"tomates vertes\"")).containsExactly(103L);
        index.delete(103);
        index.refresh();
    }

    @Test
    void everyWordIsRequired() throws IOException {
        assertThat(ids("chevaux club")).containsExactly(1L);
        assertThat(ids("chevaux inexistant")).isEmpty();
    }

    @Test
    void titleMatchRanksAboveTextMatch() throws IOException {
        // "restaurant" is in both title and text of 6; "horses" is in 13's title and text, "riding" only title.
        assertThat(ids("club chevaux OR conseil")).first().isEqualTo(1L);
        index.upsert(TestItem.of(100).title("Voyage").text("Un voyage en train.").build());
        index.upsert(TestItem.of(101).title("Train").text("Un autre sujet.").build());
        index.refresh();
        assertThat(ids("train")).first().isEqualTo(101L);
        index.delete(100);
        index.delete(101);
        index.refresh();
    }

    @Test
    void membersSeeOnlyVisibleItemsAndTheirOwnPending() throws IOException {
        assertThat(ids("chevaux", MEMBER)).containsExactlyInAnyOrder(1L, 10L);
        assertThat(ids("chevaux", new Visibility(Set.of("PUBLISHED"), Set.of(), null)))
                .containsExactlyInAnyOrder(1L, 12L);
        assertThat(ids("chevaux")).containsExactlyInAnyOrder(1L, 8L, 9L, 10L, 11L, 12L);
        assertThat(ids("chevaux", new Visibility(Set.of(), Set.of(), null))).isEmpty();
    }

    @Test
    void facetsCountAllMatchesAndRespectVisibility() throws IOException {
        SearchResult result = index.search(new SearchRequest("-zzz", SearchOrder.NEWEST, 0, 1, MEMBER));
        assertThat(result.hits()).hasSize(1);
        assertThat(result.total()).isEqualTo(9);
        assertThat(result.facets().get("type")).containsExactly(new FacetCount("forum.topic", 8),
                new FacetCount("blog.post", 1));
        assertThat(result.facets().get("plugin")).contains(new FacetCount("blog", 1));
        assertThat(result.facets().get("tag")).contains(new FacetCount("Équitation", 2),
                new FacetCount("énergie", 1));
        assertThat(result.facets().get("author")).contains(new FacetCount("Émile Zola", 1),
                new FacetCount("Member Seven", 1));
        assertThat(result.facets().get("season")).containsExactly(new FacetCount("winter", 1));
        assertThat(result.facets().get("date")).containsExactly(new FacetCount("day", 7),
                new FacetCount("week", 8), new FacetCount("month", 8), new FacetCount("year", 8),
                new FacetCount("older", 1));
    }

    @Test
    void rankedSearchFacetsCountItsMatchesAcrossSegments() throws IOException {
        try (LuceneIndex own = LuceneIndex.open(dir.resolve("segments"))) {
            own.upsert(TestItem.of(1).title("Économiser l'énergie").text("Isoler réduit la facture de chauffage zq.")
                    .tags("zq").build());
            own.refresh();
            own.upsert(TestItem.of(2).title("Économies de chauffage").text("Baisser le chauffage zq.").tags("zq")
                    .build());
            own.refresh();
            own.upsert(TestItem.of(3).title("Jardinage").text("Planter des tomates zq.").tags("zq").build());
            own.refresh();
            // a new version: the first one is a deleted document of an older segment
            own.upsert(TestItem.of(2).title("Économies de chauffage").text("Baisser le chauffage zq.").tags("zq")
                    .facets(Map.of("category", "77")).build());
            own.refresh();
            SearchResult result = own.search(new SearchRequest("tag:zq chauffage", SearchOrder.RELEVANCE, 0, 10, MEMBER));
            assertThat(result.facets().get("tag")).containsExactly(new FacetCount("zq", 2));
            assertThat(result.facets().get("category")).containsExactly(new FacetCount("77", 1));
        }
    }

    @Test
    void facetsPastTheBoundKeepEveryDimensionWhenTheKeptHitsShareOneSegment() throws IOException {
        Path path = dir.resolve("one-segment-sample");
        // Two segments written without merging: 50 old items, then more than the bound of new ones, so that
        // the newest kept hits all lie in the second segment (as in a bulk-loaded index's large segments).
        try (FieldAnalyzer analyzer = new FieldAnalyzer();
                IndexWriter writer = new IndexWriter(FSDirectory.open(path),
                        new IndexWriterConfig(analyzer).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int id = 1; id <= 50; id++) {
                writer.addDocument(ItemDocument.of(TestItem.of(id).title("Ancien " + id).text("Un vieux texte zw.")
                        .type("a.old").plugin("aold").tags("aaa").author(3, "Aaron Old")
                        .facets(Map.of("category", "1")).created(TestItem.NOW.minus(Duration.ofDays(400))).build()));
            }
            writer.commit();
            for (int id = 100; id < 100 + LuceneIndex.TOTAL_BOUND + 100; id++) {
                writer.addDocument(ItemDocument.of(TestItem.of(id).title("Nouveau " + id).text("Un texte récent zw.")
                        .tags("new").build()));
            }
            writer.setLiveCommitData(Map.of("format", IndexFields.FORMAT).entrySet());
            writer.commit();
        }
        try (LuceneIndex own = LuceneIndex.open(path)) {
            SearchResult result = own.search(new SearchRequest("zw", SearchOrder.NEWEST, 0, 10, MEMBER));
            assertThat(result.totalExact()).isFalse();
            int sample = LuceneIndex.TITLE_WINDOW;
            assertThat(result.facets()).containsKeys("type", "plugin", "tag", "author", "date");
            assertThat(result.facets().get("type")).containsExactly(new FacetCount("forum.topic", sample));
            assertThat(result.facets().get("plugin")).containsExactly(new FacetCount("forum", sample));
            assertThat(result.facets().get("tag")).containsExactly(new FacetCount("new", sample));
            assertThat(result.facets().get("author")).containsExactly(new FacetCount("Alice Martin", sample));
            assertThat(result.facets()).doesNotContainKey("category");
        }
    }

    @Test
    void newestFirstAndPaging() throws IOException {
        SearchResult first = index.search(new SearchRequest("eleve", SearchOrder.NEWEST, 0, 1, MEMBER));
        SearchResult second = index.search(new SearchRequest("eleve", SearchOrder.NEWEST, 1, 1, MEMBER));
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.hits()).extracting(SearchHit::id).containsExactly(4L);
        assertThat(second.hits()).extracting(SearchHit::id).containsExactly(3L);
        assertThat(index.search(new SearchRequest("eleve", null, 50, 10, MEMBER)).hits()).isEmpty();
    }

    @Test
    void pagingOutsideBoundsIsRejected() {
        assertThatThrownBy(() -> index.search(new SearchRequest("x", null, 0, 0, MEMBER)))
                .isInstanceOf(QueryRejectedException.class);
        assertThatThrownBy(() -> index.search(new SearchRequest("x", null, 0, 101, MEMBER)))
                .isInstanceOf(QueryRejectedException.class);
        assertThatThrownBy(() -> index.search(new SearchRequest("x", null, -1, 10, MEMBER)))
                .isInstanceOf(QueryRejectedException.class);
        assertThatThrownBy(() -> index.search(new SearchRequest("x", null, 10_001, 10, MEMBER)))
                .isInstanceOf(QueryRejectedException.class);
    }

    @Test
    void hitsCarryStoredValues() throws IOException {
        SearchHit hit = index.search(new SearchRequest("club", null, 0, 10, MEMBER)).hits().getFirst();
        assertThat(hit.id()).isEqualTo(1);
        assertThat(hit.title()).isEqualTo("Les chevaux du club");
        assertThat(hit.authorName()).isEqualTo("Émile Zola");
        assertThat(hit.authorId()).isEqualTo(2);
        assertThat(hit.tags()).containsExactly("Équitation");
        assertThat(hit.link()).isEqualTo("/items/1");
        assertThat(hit.type()).isEqualTo("forum.topic");
        assertThat(hit.plugin()).isEqualTo("forum");
        assertThat(hit.created().toEpochMilli()).isEqualTo(TestItem.NOW.toEpochMilli());
        assertThat(hit.score()).isPositive();
    }

    @Test
    void snippetMarksStemmedMatchesAndEscapesHtml() throws IOException {
        String snippet = index.search(new SearchRequest("running", null, 0, 10, MEMBER)).hits().stream()
                .filter(hit -> hit.id() == 13).findFirst().orElseThrow().snippetHtml();
        assertThat(snippet).contains("<mark>running</mark>").contains("&lt;b&gt;fast&lt;&#x2F;b&gt; &amp; free")
                .doesNotContain("<b>");
        assertThat(index.search(new SearchRequest("cheval", null, 0, 10, MEMBER)).hits().getFirst().snippetHtml())
                .contains("<mark>chevaux</mark>");
    }

    @Test
    void snippetFallsBackToTitleThenToTextBeginning() throws IOException {
        assertThat(index.search(new SearchRequest("club", null, 0, 10, MEMBER)).hits().getFirst().snippetHtml())
                .isEqualTo("Les chevaux du <mark>club</mark>");
        assertThat(index.search(new SearchRequest("tag:sport", null, 0, 10, MEMBER)).hits().getFirst()
                .snippetHtml()).isEqualTo("I run every day before work.");
    }

    @Test
    void longSnippetsAreShort() throws IOException {
        String text = "Début. " + "mot ".repeat(300) + "cible " + "mot ".repeat(300);
        index.upsert(TestItem.of(200).title("Long").text(text).build());
        index.refresh();
        String snippet = index.search(new SearchRequest("cible", null, 0, 10, MEMBER)).hits().getFirst()
                .snippetHtml();
        assertThat(snippet).contains("<mark>cible</mark>").hasSizeLessThan(260);
        index.delete(200);
        index.refresh();
    }

    @Test
    void suggestsFoldedTitleBeginningsAndTags() throws IOException {
        assertThat(index.suggest("eco", 5, MEMBER))
                .containsExactly(new Suggestion("Économie d'énergie", "title", 7L));
        assertThat(index.suggest("ener", 5, MEMBER)).containsExactly(new Suggestion("énergie", "tag", null),
                new Suggestion("Économie d'énergie", "title", 7L));
        assertThat(index.suggest("économie ene", 5, MEMBER)).extracting(Suggestion::id).containsExactly(7L);
        assertThat(index.suggest("economie x", 5, MEMBER)).isEmpty();
        assertThat(index.suggest("equi", 5, MEMBER)).containsExactly(new Suggestion("Équitation", "tag", null));
    }

    @Test
    void suggestionsRespectVisibility() throws IOException {
        assertThat(index.suggest("cach", 5, MEMBER)).isEmpty();
        assertThat(index.suggest("cach", 5, Visibility.everything())).extracting(Suggestion::id)
                .containsExactly(8L);
        assertThat(index.suggest("", 5, MEMBER)).isEmpty();
        assertThat(index.suggest(null, 5, MEMBER)).isEmpty();
    }

    @Test
    void relatedItemsAreVisibleOthers() throws IOException {
        List<SearchHit> related = index.related(1, 10, MEMBER);
        assertThat(related).extracting(SearchHit::id).contains(10L).doesNotContain(1L, 8L, 9L, 11L, 12L);
        assertThat(index.related(1, 10, Visibility.everything())).extracting(SearchHit::id)
                .contains(8L, 9L, 11L, 12L).doesNotContain(1L);
        assertThat(index.related(999, 10, MEMBER)).isEmpty();
        assertThat(index.related(8, 10, MEMBER)).isEmpty();
    }

    @Test
    void hiddenPlaceNeverAppears() throws IOException {
        assertThat(ids("personnel", MEMBER)).isEmpty();
        assertThat(ids("personnel")).containsExactly(12L);
    }
}
