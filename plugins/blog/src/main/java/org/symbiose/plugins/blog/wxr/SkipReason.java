package org.symbiose.plugins.blog.wxr;

import java.util.Locale;

/**
 * Why the importer left something out. The report keeps the reason's code and its one variable
 * part, so that the import page says it in the reader's language ({@code blog.import.skip.<code>},
 * with {@code {0}} for the detail); the English text stays in the report for REST clients and logs.
 */
enum SkipReason {
    MENU_ENTRY("a WordPress menu entry, not content"),
    REVISION("an old revision; the post's current text is imported"),
    THEME_PART("part of a WordPress theme, not content"),
    OTHER_TYPE("WordPress content type {0} has no equivalent in a blog"),
    /** The blog refused it; the detail is the refusal's own (English) reason. */
    REFUSED("{0}"),
    TRASH("in WordPress's trash"),
    AUTO_DRAFT("an automatic draft WordPress keeps, never written"),
    OTHER_STATUS("WordPress status {0} is not a post's"),
    PRIVATE_AS_DRAFT("private in WordPress: imported as a draft, not published"),
    NOT_A_COMMENT("a {0}, not a comment"),
    SPAM("marked as spam in WordPress"),
    EMPTY("empty"),
    ORPHAN_COMMENT("answers comment {0}, which was not imported"),
    ORPHAN_ATTACHMENT("its post {0} was not imported"),
    NO_ADDRESS("no address to link to"),
    LIBRARY_ONLY("in the media library only, used by no post: kept nowhere ({0})");

    private final String english;

    SkipReason(String english) {
        this.english = english;
    }

    /** The code the page's texts are keyed by, e.g. {@code orphan-comment}. */
    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The reason in English with {@code detail} in its place. */
    String english(String detail) {
        return english.replace("{0}", detail);
    }
}
