package org.symbiose.plugins.faq.freshness;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.plugins.faq.FaqRights;
import org.symbiose.plugins.faq.entry.Entries;
import org.symbiose.plugins.faq.entry.Entry;
import org.symbiose.plugins.faq.helpful.Helpfulness;
import org.symbiose.plugins.faq.helpful.HelpfulVotes;

/**
 * The published entries that need a look: not reviewed for the FAQ's review period
 * ({@code faq.review-months}), or found unhelpful more often than helpful. Entries with the most
 * "no" votes come first, then the longest unreviewed. Community managers see every entry, an
 * owner their own.
 */
@Component(service = Freshness.class)
public class Freshness {

    @Reference
    private Entries entries;

    @Reference
    private HelpfulVotes votes;

    @Reference
    private FaqSettings settings;

    @Reference
    private FaqRights rights;

    private Clock clock = Clock.systemUTC();

    /** The list for {@code viewerId}. */
    public List<StaleEntry> list(long viewerId) {
        boolean all = rights.manages(viewerId);
        Instant due = clock.instant().atZone(ZoneOffset.UTC).minusMonths(settings.reviewMonths()).toInstant();
        List<StaleEntry> stale = new ArrayList<>();
        for (Entry entry : entries.published()) {
            if (!all && entry.owner().id() != viewerId) {
                continue;
            }
            Instant reviewed = entry.reviewedAt() == null ? entry.created() : entry.reviewedAt();
            boolean overdue = reviewed.isBefore(due);
            Helpfulness helpful = votes.counts(entry.id());
            if (overdue || helpful.no() > helpful.yes()) {
                stale.add(new StaleEntry(entry.id(), entry.question(), entry.language(), entry.owner(),
                        entry.reviewedAt(), overdue, helpful.yes(), helpful.no()));
            }
        }
        stale.sort(Comparator.comparingLong(StaleEntry::no).reversed()
                .thenComparing(s -> s.reviewedAt() == null ? Instant.MIN : s.reviewedAt()));
        return stale;
    }
}
