package org.symbiose.core.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.symbiose.core.persistence.Ids;

/**
 * A normalised query and what came of it on one day (UTC), with nobody's id: the counters are only
 * ever incremented in the database ({@link QueryCounts}), so concurrent searches lose no count.
 */
@Entity
@Table(name = "search_query")
public class SearchedQuery {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "query_text", nullable = false)
    private String text;

    @Column(name = "searched_on", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private long searches;

    @Column(name = "found_nothing", nullable = false)
    private long foundNothing;

    @Column(nullable = false)
    private long clicks;

    protected SearchedQuery() {
    }

    SearchedQuery(String text, LocalDate day, long searches, long foundNothing, long clicks) {
        this.text = text;
        this.day = day;
        this.searches = searches;
        this.foundNothing = foundNothing;
        this.clicks = clicks;
    }
}
