package org.symbiose.core.search.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The items someone may see: a status they may see (or their own item pending review) and not in a place hidden
 * from them. Built once per search; the query cache keeps its matches across searches of the same visibility.
 */
final class VisibilityFilter {

    static final String PENDING_REVIEW = "PENDING_REVIEW";

    private VisibilityFilter() {
    }

    static Query of(Visibility visibility) {
        BooleanQuery.Builder allowed = new BooleanQuery.Builder();
        visibility.statuses().forEach(status -> allowed.add(statusIs(status), Occur.SHOULD));
        if (visibility.memberId() != null && !visibility.statuses().contains(PENDING_REVIEW)) {
            allowed.add(new BooleanQuery.Builder()
                    .add(statusIs(PENDING_REVIEW), Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.AUTHOR_ID, visibility.memberId().toString())),
                            Occur.FILTER)
                    .build(), Occur.SHOULD);
        }
        BooleanQuery.Builder visible = new BooleanQuery.Builder()
                .add(visibility.statuses().containsAll(Visibility.ALL_STATUSES) ? new MatchAllDocsQuery() : allowed.build(),
                        Occur.FILTER);
        visibility.hiddenPlaces().forEach(place -> visible.add(place.endsWith("*")
                ? new PrefixQuery(new Term(IndexFields.PLACE, place.substring(0, place.length() - 1)))
                : new TermQuery(new Term(IndexFields.PLACE, place)), Occur.MUST_NOT));
        return visible.build();
    }

    private static Query statusIs(String status) {
        return new TermQuery(new Term(IndexFields.STATUS, status));
    }
}
