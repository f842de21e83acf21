package org.symbiose.core.search.index;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;

/** Turns an item into the Lucene document the index holds for it. */
final class ItemDocument {

    private ItemDocument() {
    }

    /** The term that names the document of item {@code id}, to replace or delete it. */
    static Term idTerm(long id) {
        return new Term(IndexFields.ID, Long.toString(id));
    }

    static Document of(IndexedItem item) throws IOException {
        Document document = new Document();
        document.add(new StringField(IndexFields.ID, Long.toString(item.id()), Store.YES));
        addKeyword(document, IndexFields.TYPE, item.type(), Store.YES);
        addKeyword(document, IndexFields.PLUGIN, item.plugin(), Store.YES);
        addKeyword(document, IndexFields.STATUS, item.status(), Store.NO);
        addKeyword(document, IndexFields.PLACE, item.place(), Store.NO);
        document.add(new StringField(IndexFields.AUTHOR_ID, Long.toString(item.authorId()), Store.YES));
        addAuthor(document, item.authorName());
        for (String tag : item.tags()) {
            if (tag != null && !tag.isBlank()) {
                document.add(new StringField(IndexFields.TAG, TextFolding.fold(tag), Store.NO));
                document.add(new StoredField(IndexFields.TAG_NAME, tag));
            }
        }
        if (item.link() != null) {
            document.add(new StoredField(IndexFields.LINK, item.link()));
        }
        document.add(new LongField(IndexFields.CREATED, item.created().toEpochMilli(), Store.YES));
        addText(document, item);
        ItemFacets.addTo(document, item);
        return ItemFacets.CONFIG.build(document);
    }

    private static void addKeyword(Document document, String field, String value, Store store) {
        if (value != null) {
            document.add(new StringField(field, value, store));
        }
    }

    /** The whole folded name for author:"Jean Dupont", and each word for author:jean. */
    private static void addAuthor(Document document, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        document.add(new StoredField(IndexFields.AUTHOR_NAME, name));
        String folded = TextFolding.fold(name);
        document.add(new StringField(IndexFields.AUTHOR, folded, Store.NO));
        for (String word : folded.split(" ")) {
            if (!word.equals(folded)) {
                document.add(new StringField(IndexFields.AUTHOR, word, Store.NO));
            }
        }
    }

    private static void addText(Document document, IndexedItem item) {
        document.add(new Field(IndexFields.TITLE, item.title(), IndexFields.STORED_TEXT));
        document.add(new Field(IndexFields.TEXT, item.text(), IndexFields.STORED_TEXT));
        document.add(new Field(IndexFields.TITLE_PREFIX, item.title(), IndexFields.PREFIXES));
        // A mixed text goes to the language of most of its grammar words: its other words keep their spelling's
        // stem in that language, which the query's same spelling meets (only other forms of them are missed).
        boolean english = LanguageDetector.languageOf(item).equals(LanguageDetector.ENGLISH);
        String stems = english ? IndexFields.STEMS_EN : IndexFields.STEMS_FR;
        document.add(new Field(stems, item.text(), IndexFields.UNSTORED_TEXT));
        document.add(new Field(stems, item.title(), IndexFields.UNSTORED_TEXT));
    }
}
