package org.symbiose.core.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiose.api.search.SearchHit;

class LuceneIndexDurabilityTest {

    @TempDir
    Path dir;

    private static IndexedItem item(long id) {
        return TestItem.of(id).title("Titre " + id).text("Un texte sur les chevaux.").build();
    }

    private static long count(LuceneIndex index) throws IOException {
        return index.search(new SearchRequest("chevaux", null, 0, 10, Visibility.everything())).total();
    }

    @Test
    void missingDirectoryGivesFreshEmptyIndex() throws IOException {
        try (LuceneIndex index = LuceneIndex.open(dir.resolve("a/b/index"))) {
            assertThat(index.fresh()).isTrue();
            assertThat(index.size()).isZero();
            assertThat(index.committedMarker()).isZero();
            assertThat(index.intact()).isTrue();
        }
    }

    @Test
    void markerAndCommittedItemsSurviveReopen() throws IOException {
        Path path = dir.resolve("index");
        try (LuceneIndex index = LuceneIndex.open(path)) {
            index.upsertAll(List.of(item(1), item(2)));
            index.commit(42);
            assertThat(index.committedMarker()).isEqualTo(42);
        }
        try (LuceneIndex index = LuceneIndex.open(path)) {
            assertThat(index.fresh()).isFalse();
            assertThat(index.committedMarker()).isEqualTo(42);
            assertThat(index.size()).isEqualTo(2);
        }
    }

    @Test
    void indexOfAnotherFormatIsReplacedByAFreshOneToRebuild() throws IOException {
        Path path = dir.resolve("index");
        // an index as the previous version wrote it: a title_fr field, and no format in its commits
        try (IndexWriter old = new IndexWriter(FSDirectory.open(path), new IndexWriterConfig())) {
            Document document = new Document();
            document.add(new StringField("id", "1", Field.Store.YES));
            document.add(new TextField("title_fr", "Les chevaux", Field.Store.NO));
            old.addDocument(document);
            old.setLiveCommitData(Map.of("marker", "42").entrySet());
            old.commit();
        }
        try (LuceneIndex index = LuceneIndex.open(path)) {
            assertThat(index.fresh()).isTrue();
            assertThat(index.size()).isZero();
            assertThat(index.committedMarker()).isZero();
            index.upsertAll(List.of(item(1), item(2)));
            index.commit(43);
        }
        try (LuceneIndex index = LuceneIndex.open(path)) {
            assertThat(index.fresh()).isFalse();
            assertThat(index.committedMarker()).isEqualTo(43);
            assertThat(index.size()).isEqualTo(2);
        }
    }

    @Test
    void closeDropsChangesSinceLastCommit() throws IOException {
        Path path = dir.resolve("index");
        try (LuceneIndex index = LuceneIndex.open(path)) {
            index.upsert(item(1));
            index.commit(1);
            index.upsert(item(2));
            index.delete(1);
            index.refresh();
            assertThat(index.size()).isEqualTo(1);
        }
        try (LuceneIndex index = LuceneIndex.open(path)) {
            assertThat(index.committedMarker()).isEqualTo(1);
            assertThat(index.search(new SearchRequest("chevaux", null, 0, 10, Visibility.everything())).hits())
                    .extracting(SearchHit::id).containsExactly(1L);
        }
    }

    @Test
    void corruptIndexIsMovedAsideAndReplacedByAFreshOne() throws IOException {
        Path path = dir.resolve("index");
        try (LuceneIndex index = LuceneIndex.open(path)) {
            index.upsert(item(1));
            index.commit(7);
        }
        try (Stream<Path> files = Files.list(path)) {
            for (Path segments : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.writeString(segments, "this is not an index");
            }
        }
        try (LuceneIndex index = LuceneIndex.open(path)) {
            assertThat(index.fresh()).isTrue();
            assertThat(index.size()).isZero();
            assertThat(index.committedMarker()).isZero();
            index.upsert(item(2));
            index.refresh();
            assertThat(count(index)).isEqualTo(1);
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("index.corrupt-"));
        }
    }

    @Test
    void changesAreVisibleWithoutRefreshWithinASecond() throws Exception {
        try (LuceneIndex index = LuceneIndex.open(dir.resolve("index"))) {
            index.upsert(item(1));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (count(index) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(count(index)).isEqualTo(1);
        }
    }

    @Test
    void upsertReplacesAndDeleteAllEmpties() throws IOException {
        try (LuceneIndex index = LuceneIndex.open(dir.resolve("index"))) {
            index.upsert(item(1));
            index.upsert(TestItem.of(1).title("Autre").text("Plus de chevaux ici.").build());
            index.refresh();
            assertThat(index.size()).isEqualTo(1);
            assertThat(index.search(new SearchRequest("autre", null, 0, 10, Visibility.everything())).total())
                    .isEqualTo(1);
            index.deleteAll();
            index.refresh();
            assertThat(index.size()).isZero();
        }
    }

    @Test
    void deletedFilesMakeTheIndexNotIntact() throws IOException {
        Path path = dir.resolve("index");
        try (LuceneIndex index = LuceneIndex.open(path)) {
            index.upsert(item(1));
            index.commit(1);
            assertThat(index.intact()).isTrue();
            try (Stream<Path> files = Files.list(path)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(path);
            assertThat(index.intact()).isFalse();
        }
    }
}
