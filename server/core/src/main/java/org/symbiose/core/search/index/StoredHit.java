package org.symbiose.core.search.index;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.symbiose.api.search.SearchHit;

/** Reads a hit back from the values stored in its document. */
final class StoredHit {

    private StoredHit() {
    }

    static long id(Document document) {
        return Long.parseLong(document.get(IndexFields.ID));
    }

    static String text(Document document) {
        return document.get(IndexFields.TEXT);
    }

    static SearchHit of(Document document, String snippetHtml, float score) {
        List<String> tags = Arrays.stream(document.getFields(IndexFields.TAG_NAME))
                .map(IndexableField::stringValue).toList();
        return new SearchHit(id(document), document.get(IndexFields.TYPE), document.get(IndexFields.PLUGIN),
                document.get(IndexFields.TITLE), snippetHtml, document.get(IndexFields.AUTHOR_NAME),
                Long.parseLong(document.get(IndexFields.AUTHOR_ID)), tags, document.get(IndexFields.LINK),
                Instant.ofEpochMilli(document.getField(IndexFields.CREATED).numericValue().longValue()), score);
    }
}
