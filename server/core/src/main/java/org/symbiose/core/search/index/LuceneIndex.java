package org.symbiose.core.search.index;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.symbiose.api.search.FacetCount;
import org.symbiose.api.search.QueryRejectedException;
import org.symbiose.api.search.SearchHit;
import org.symbiose.api.search.SearchOrder;
import org.symbiose.api.search.SearchResult;
import org.symbiose.api.search.Suggestion;
import org.symbiose.core.search.index.FacetingSearcherFactory.FacetingSearcher;

/**
 * The full-text index of all content items, in one directory of its own.
 * <p>
 * Searches may run from any number of threads; changes may come from any thread too, and become visible to
 * searches within half a second (or at once after {@link #refresh()}) but durable only at {@link #commit(long)},
 * whose marker tells the caller, after a restart, from where to replay its own change log. {@link #close()}
 * commits nothing: changes made since the last commit are dropped, exactly as a crash would drop them, so the
 * marker never claims more than the index holds.
 */
public final class LuceneIndex implements Closeable {

    private static final String MARKER = "marker";
    private static final String FORMAT = "format";
    private static final double MOST_STALE_SECONDS = 0.5;
    private static final double LEAST_STALE_SECONDS = 0.05;
    /** Large enough that bulk loads flush rarely, small enough for a shared server's heap. */
    private static final double RAM_BUFFER_MB = 64;
    private static final int MOST_PER_PAGE = 100;
    private static final int FURTHEST_OFFSET = 10_000;
    /**
     * Totals are exact up to this many matches, then "at least": counting every match of two common words is
     * what made searches slow on a large index, and nobody reads past the first thousand results.
     */
    static final int TOTAL_BOUND = 1_000;
    /** How many of the best matches get their title words counted again (the same with facets or without). */
    static final int TITLE_WINDOW = 100;
    private static final Sort NEWEST_FIRST =
            new Sort(LongField.newSortField(IndexFields.CREATED, true, SortedNumericSelector.Type.MAX));
    private static final DateTimeFormatter ASIDE_SUFFIX =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path path;
    private final Directory directory;
    private final boolean fresh;
    private final FieldAnalyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private final QueryCompiler compiler;
    private final Suggester suggester;
    private final RelatedItems relatedItems;
    private final Object commitLock = new Object();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long committedMarker;

    private LuceneIndex(Path path, Directory directory, boolean fresh) throws IOException {
        this.path = path;
        this.directory = directory;
        this.fresh = fresh;
        this.analyzer = new FieldAnalyzer();
        // A fresh index replaces whatever the directory held (an index of another format) at its first commit.
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false));
        try {
            if (fresh) {
                // A first commit, so that the directory holds an index from the start and intact() can tell.
                writer.setLiveCommitData(Map.of(FORMAT, IndexFields.FORMAT).entrySet());
                writer.commit();
            }
            this.committedMarker = markerOf(writer.getLiveCommitData());
            this.searchers = new SearcherManager(writer, new FacetingSearcherFactory());
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
        this.reopener = new ControlledRealTimeReopenThread<>(writer, searchers, MOST_STALE_SECONDS,
                LEAST_STALE_SECONDS);
        reopener.setName("search-index-reopen");
        reopener.setDaemon(true);
        reopener.start();
        this.compiler = new QueryCompiler(analyzer);
        this.suggester = new Suggester(analyzer);
        this.relatedItems = new RelatedItems(analyzer);
    }

    /**
     * Opens the index in {@code dir}, creating it if missing. An unreadable or corrupt index is moved aside (to
     * {@code dir.corrupt-<timestamp>}, kept for inspection) and a fresh empty one created in its place; an index
     * of another format (older fields) is replaced by a fresh empty one. Then {@link #fresh()} tells the caller to
     * rebuild from the database.
     */
    public static LuceneIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        boolean existed = DirectoryReader.indexExists(directory);
        try {
            return new LuceneIndex(dir, directory, !existed || !currentFormat(directory));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
                | NoSuchFileException | FileNotFoundException e) {
            directory.close();
            if (!existed) {
                throw e;
            }
            Files.move(dir, dir.resolveSibling(dir.getFileName() + ".corrupt-" + ASIDE_SUFFIX.format(Instant.now())));
            Files.createDirectories(dir);
            return new LuceneIndex(dir, FSDirectory.open(dir), true);
        }
    }

    /** Whether the last commit in {@code directory} is of this version's fields. */
    private static boolean currentFormat(Directory directory) throws IOException {
        return IndexFields.FORMAT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT));
    }

    /** True when the index was created empty at open, because it was missing, corrupt or of another format. */
    public boolean fresh() {
        return fresh;
    }

    /** Adds the item, or replaces the item of the same id. */
    public void upsert(IndexedItem item) throws IOException {
        writer.updateDocument(ItemDocument.idTerm(item.id()), ItemDocument.of(item));
    }

    public void upsertAll(Collection<IndexedItem> items) throws IOException {
        for (IndexedItem item : items) {
            upsert(item);
        }
    }

    public void delete(long id) throws IOException {
        writer.deleteDocuments(ItemDocument.idTerm(id));
    }

    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes all changes durable, with the caller's marker (e.g. a change-log sequence) in the commit. */
    public void commit(long marker) throws IOException {
        synchronized (commitLock) {
            writer.setLiveCommitData(Map.of(MARKER, Long.toString(marker), FORMAT, IndexFields.FORMAT).entrySet());
            writer.commit();
            committedMarker = marker;
        }
    }

    /** The marker of the last commit, 0 when none. */
    public long committedMarker() {
        return committedMarker;
    }

    /** Makes the changes made so far visible to searches now rather than within half a second. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /**
     * False when the index files vanished from disk under the open index (someone deleted the directory): the
     * caller then closes it, and opens and rebuilds it again.
     */
    public boolean intact() {
        try {
            List<String> files = Arrays.asList(directory.listAll());
            return files.contains(IndexWriter.WRITE_LOCK_NAME)
                    && files.stream().anyMatch(file -> file.startsWith("segments_"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The number of items searches see (changes since the last refresh not counted yet). */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * One page of the items matching the query that the searcher may see, with facets and highlighted snippets
     * unless the request leaves them out. The total is exact up to {@value #TOTAL_BOUND} matches, a lower bound
     * beyond; facets count over all matches when there are at most {@value #TOTAL_BOUND}, else over a sample: the
     * best {@value #TITLE_WINDOW}, or as many as the page reaches.
     */
    public SearchResult search(SearchRequest request) throws IOException {
        if (request.limit() < 1 || request.limit() > MOST_PER_PAGE) {
            throw new QueryRejectedException("ask for 1 to " + MOST_PER_PAGE + " results at a time");
        }
        if (request.offset() < 0 || request.offset() > FURTHEST_OFFSET) {
            throw new QueryRejectedException("results can only be paged up to the " + FURTHEST_OFFSET + "th");
        }
        QueryCompiler.Compiled compiled = compiler.compile(QueryTextParser.parse(request.query()));
        Query query = visibleOnly(compiled.query(), visibilityOf(request.visibility()));
        int wanted = request.offset() + request.limit();
        // Only the best that the page and the title rescoring need are kept: the score a match must beat to
        // enter so short a list rises fast, and block-max scoring skips the blocks that cannot beat it (kept
        // to the bound, the list let in almost every match of two common words: 74 % of a search at 1M).
        int kept = Math.max(wanted, TITLE_WINDOW);
        boolean newest = request.order() == SearchOrder.NEWEST || !compiled.ranked();
        CollectorManager<?, ? extends TopDocs> top = newest
                ? new TopFieldCollectorManager(NEWEST_FIRST, kept, null, TOTAL_BOUND)
                : new TopScoreDocCollectorManager(kept, null, TOTAL_BOUND);
        FacetingSearcher searcher = (FacetingSearcher) searchers.acquire();
        try {
            TopDocs docs = searcher.search(query, top);
            boolean exact = docs.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
            // Up to the bound, facets count every match in a pass of their own (few matches, a cheap pass);
            // beyond, they count the best matches kept: a sample, which the first pass could skip its way to.
            Map<String, List<FacetCount>> facets = !request.facets() ? Map.of()
                    : ItemFacets.count(searcher.facetState, exact ? searcher.search(query, new FacetsCollectorManager())
                            : new HitSample(searcher.getIndexReader(), docs.scoreDocs), Instant.now());
            ScoreDoc[] ranked = newest || compiled.titles() == null ? docs.scoreDocs
                    : withTitles(searcher, docs, compiled.titles(), Math.max(wanted, TITLE_WINDOW));
            int end = Math.min(wanted, ranked.length);
            ScoreDoc[] page = Arrays.copyOfRange(ranked, Math.min(request.offset(), end), end);
            List<SearchHit> hits = hits(searcher, request.snippets() ? marked(compiled) : null, page);
            // Past the bound, Lucene's count depends on how much it could skip: say the bound, the same every time.
            return new SearchResult(exact ? docs.totalHits.value() : TOTAL_BOUND, exact, hits, facets);
        } finally {
            searchers.release(searcher);
        }
    }

    /** What snippets mark: the query's matches, and its words in the titles (the stemmed fields mark the text only). */
    private static Query marked(QueryCompiler.Compiled compiled) {
        return compiled.titles() == null ? compiled.query() : new BooleanQuery.Builder()
                .add(compiled.query(), Occur.SHOULD).add(compiled.titles(), Occur.SHOULD).build();
    }

    /**
     * The best {@code window} matches ranked again with their title matches added, boosted: the query scores the
     * stemmed fields only, where a word counts the same in the title as in the text.
     */
    private static ScoreDoc[] withTitles(IndexSearcher searcher, TopDocs docs, Query titles, int window)
            throws IOException {
        TopDocs best = new TopDocs(docs.totalHits, Arrays.copyOf(docs.scoreDocs, Math.min(window, docs.scoreDocs.length)));
        return new QueryRescorer(titles) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? firstPassScore + QueryCompiler.TITLE_BOOST * secondPassScore
                        : firstPassScore;
            }
        }.rescore(searcher, best, window).scoreDocs;
    }

    /** The hits of the page, highlighted when {@code query} is given, else with the beginning of their text. */
    private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        StoredFields stored = searcher.storedFields();
        int[] docIds = new int[page.length];
        Document[] documents = new Document[page.length];
        String[] texts = new String[page.length];
        String[] titles = new String[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
            documents[i] = stored.document(page[i].doc);
            texts[i] = StoredHit.text(documents[i]);
            titles[i] = Objects.requireNonNullElse(documents[i].get(IndexFields.TITLE), "");
        }
        String[] snippets = query == null ? Arrays.stream(texts).map(Snippets::beginning).toArray(String[]::new)
                : Snippets.highlight(searcher, analyzer, query, docIds, texts, titles);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(StoredHit.of(documents[i], snippets[i], scoreOf(page[i])));
        }
        return hits;
    }

    /** Hits sorted by date have no score. */
    private static float scoreOf(ScoreDoc hit) {
        return Float.isNaN(hit.score) ? 0f : hit.score;
    }

    /** Completions of what people are typing: tags, then titles, of the items they may see. */
    public List<Suggestion> suggest(String prefix, int limit, Visibility visibility) throws IOException {
        if (limit < 1 || limit > MOST_PER_PAGE) {
            throw new QueryRejectedException("ask for 1 to " + MOST_PER_PAGE + " suggestions at a time");
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return suggester.suggest(searcher, prefix, limit, visibilityOf(visibility));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Items like item {@code id} that the searcher may see, never that item itself; none when the item is
     * unknown or not visible to the searcher.
     */
    public List<SearchHit> related(long id, int limit, Visibility visibility) throws IOException {
        if (limit < 1 || limit > MOST_PER_PAGE) {
            throw new QueryRejectedException("ask for 1 to " + MOST_PER_PAGE + " related items at a time");
        }
        Query visible = visibilityOf(visibility);
        IndexSearcher searcher = searchers.acquire();
        try {
            ScoreDoc[] item = searcher.search(visibleOnly(new TermQuery(ItemDocument.idTerm(id)), visible), 1)
                    .scoreDocs;
            if (item.length == 0) {
                return List.of();
            }
            StoredFields stored = searcher.storedFields();
            Query like = relatedItems.like(searcher.getIndexReader(), stored.document(item[0].doc));
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(visibleOnly(like, visible), limit).scoreDocs) {
                Document document = stored.document(hit.doc);
                hits.add(StoredHit.of(document, Snippets.beginning(StoredHit.text(document)), hit.score));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    private static Query visibilityOf(Visibility visibility) {
        return VisibilityFilter.of(visibility == null ? new Visibility(null, null, null) : visibility);
    }

    private static Query visibleOnly(Query query, Query visible) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(visible, Occur.FILTER).build();
    }

    /**
     * Closes the index without committing: changes since the last {@link #commit(long)} are dropped. Closing an
     * index whose files vanished ({@link #intact()} false) does not fail, as there is nothing left to save.
     */
    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            boolean wasIntact = intact();
            try (directory; analyzer; writer; searchers; reopener) {
                // Resources close in reverse order: reopening stops first, the directory goes last.
            } catch (IOException e) {
                if (wasIntact) {
                    throw e;
                }
            }
        }
    }

    private static long markerOf(Iterable<Map.Entry<String, String>> commitData) {
        if (commitData != null) {
            for (Map.Entry<String, String> entry : commitData) {
                if (entry.getKey().equals(MARKER)) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return 0;
    }
}
