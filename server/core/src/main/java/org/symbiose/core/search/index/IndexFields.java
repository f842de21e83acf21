package org.symbiose.core.search.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The names and kinds of the index's fields. Title and text are indexed twice: folded words as written
 * ({@link #TITLE}, {@link #TEXT}, also where the values are stored for hits, highlighting and "more like this"),
 * and together in one stemmed field, of the item's own language only ({@link #STEMS_FR} or {@link #STEMS_EN}).
 */
final class IndexFields {

    static final String ID = "id";
    static final String TYPE = "type";
    static final String PLUGIN = "plugin";
    static final String STATUS = "status";
    static final String PLACE = "place";
    static final String AUTHOR_ID = "author_id";
    /** The folded author name and each of its words, for author:… filters. */
    static final String AUTHOR = "author";
    static final String AUTHOR_NAME = "author_name";
    /** Folded tags, for tag:… filters and tag suggestions. */
    static final String TAG = "tag";
    static final String TAG_NAME = "tag_name";
    static final String LINK = "link";
    static final String CREATED = "created";

    static final String TITLE = "title";
    static final String TEXT = "text";
    /**
     * The text then the title in French stems: one field per language, so a query word scores two fields, not
     * four. The text comes first so that its offsets are those of the stored text, for highlighting.
     */
    static final String STEMS_FR = "stems_fr";
    /** As {@link #STEMS_FR}, in English stems. */
    static final String STEMS_EN = "stems_en";
    static final String TITLE_PREFIX = "title_prefix";

    /**
     * The version of the fields above, kept with every commit: an index of another version is rebuilt from the
     * database at open, since queries of this version would find nothing in its fields. Raise it with any change
     * to the fields or their analysis.
     */
    static final String FORMAT = "2";

    /**
     * Offsets in the postings let the highlighter find matches without analysing the stored text again; it is
     * the cheapest way to highlight stemmed and folded matches alike, for some extra index size.
     */
    static final FieldType STORED_TEXT = withOffsets(TextField.TYPE_STORED);
    static final FieldType UNSTORED_TEXT = withOffsets(TextField.TYPE_NOT_STORED);

    /** Prefixes only need to say which titles have them (norms kept so that short titles rank first). */
    static final FieldType PREFIXES = prefixes();

    private IndexFields() {
    }

    private static FieldType withOffsets(FieldType base) {
        FieldType type = new FieldType(base);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType prefixes() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }
}
