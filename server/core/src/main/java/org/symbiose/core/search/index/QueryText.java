package org.symbiose.core.search.index;

import java.util.List;

/**
 * A query as people meant it, before any analysis.
 *
 * @param required        every group must match; a group of several terms is an OR between them
 * @param excluded        terms no result may contain
 * @param filters         item properties every result must have
 * @param excludedFilters item properties no result may have
 */
record QueryText(List<List<Term>> required, List<Term> excluded, List<Filter> filters,
        List<Filter> excludedFilters) {

    /** Something to look for in titles and texts. */
    sealed interface Term permits Word, Phrase {
        String text();
    }

    /** A word (which analysis may still split, as "12:30" or "e-mail"); {@code prefix} when typed as "chev*". */
    record Word(String text, boolean prefix) implements Term {
    }

    /** Words that must follow each other. */
    record Phrase(String text) implements Term {
    }

    /** A property filter such as tag:java. */
    record Filter(FilterField field, String value) {
    }

    /** The properties people can filter on, by the name they type. */
    enum FilterField {
        TAG, AUTHOR, TYPE, PLUGIN
    }

    boolean isEmpty() {
        return required.isEmpty() && excluded.isEmpty() && filters.isEmpty() && excludedFilters.isEmpty();
    }
}
