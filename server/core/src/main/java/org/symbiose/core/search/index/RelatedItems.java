package org.symbiose.core.search.index;

import java.io.IOException;
import java.io.StringReader;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * "More like this": the most distinctive words of an item's stored title and text, analysed as French stems,
 * English stems and folded title words, looked for in other items. The text is analysed again from the stored
 * value rather than read from term vectors, which would add a third copy of every text to the index for a
 * feature used one item at a time.
 */
final class RelatedItems {

    private static final int MOST_WORDS = 25;

    private final FieldAnalyzer analyzer;

    RelatedItems(FieldAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query for items like {@code item}, never matching the item itself. */
    Query like(IndexReader reader, Document item) throws IOException {
        MoreLikeThis words = new MoreLikeThis(reader);
        words.setAnalyzer(analyzer);
        words.setMinTermFreq(1);
        // A word found in no other item cannot lead to one.
        words.setMinDocFreq(2);
        words.setMaxQueryTerms(MOST_WORDS);
        String title = item.get(IndexFields.TITLE);
        String text = title + "\n" + StoredHit.text(item);
        BooleanQuery.Builder like = new BooleanQuery.Builder()
                .add(words.like(IndexFields.STEMS_FR, new StringReader(text)), Occur.SHOULD)
                .add(words.like(IndexFields.STEMS_EN, new StringReader(text)), Occur.SHOULD)
                .add(words.like(IndexFields.TITLE, new StringReader(title)), Occur.SHOULD);
        return new BooleanQuery.Builder()
                .add(like.build(), Occur.MUST)
                .add(new TermQuery(ItemDocument.idTerm(StoredHit.id(item))), Occur.MUST_NOT)
                .build();
    }
}
