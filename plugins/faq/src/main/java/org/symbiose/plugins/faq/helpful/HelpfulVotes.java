package org.symbiose.plugins.faq.helpful;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.data.PluginData;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.notification.Notifications;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.faq.FaqRights;
import org.symbiose.plugins.faq.FaqTexts;
import org.symbiose.plugins.faq.ItemValues;
import org.symbiose.plugins.faq.entry.Entries;
import org.symbiose.plugins.faq.entry.Entry;
import org.symbiose.plugins.faq.entry.EntryState;

/**
 * "Was this helpful?": one vote per member or per browser on a published entry, counted per
 * entry in the plugin's data; a comment goes to the entry's owner (a notification) and stays
 * private. The vote's claim, counter, comment and notification are written together or not at all.
 */
@Component(service = HelpfulVotes.class)
public class HelpfulVotes {

    /** Longest comment, in characters. */
    public static final int MAX_COMMENT = 1000;

    static final String VOTES = "votes";
    static final String COUNTS = "helpful";
    static final String COMMENTS = "comments";

    @Reference
    private PluginData data;

    @Reference
    private ContentStore store;

    @Reference
    private Entries entries;

    @Reference
    private FaqRights rights;

    @Reference
    private Notifications notifications;

    @Reference
    private MemberDirectory members;

    private Clock clock = Clock.systemUTC();

    /**
     * Records a vote.
     *
     * @throws ProblemException 404 for an entry that is not published, 400 without {@code helpful}
     *                          or with a comment too long, 409 when this voter already voted
     */
    public Helpfulness vote(long entryId, VoteInput input, Voter voter) {
        Entry entry = entries.require(entryId, voter.memberId());
        if (entry.state() != EntryState.PUBLISHED) {
            throw new ProblemException(ProblemType.NOT_FOUND, "Readers vote on published entries");
        }
        if (input == null || input.helpful == null) {
            throw new ProblemException(ProblemType.VALIDATION, "helpful", "Say whether the entry helped (true or false)");
        }
        boolean helpful = input.helpful;
        String comment = ItemValues.bounded(input.comment, "comment", MAX_COMMENT, false);
        Instant now = clock.instant();
        return store.inOneTransaction(() -> {
            if (!data.putIfAbsentWithin(VOTES, voter.key(entryId), Map.of("helpful", helpful, "at", now.toString()),
                    ItemValues.FOR_GOOD)) {
                throw new ProblemException(ProblemType.CONFLICT, "You already voted on this entry");
            }
            data.incrementWithin(COUNTS, countKey(entryId, helpful), 1);
            if (!comment.isEmpty()) {
                Map<String, Object> kept = new HashMap<>(Map.of("helpful", helpful, "text", comment, "at", now.toString()));
                if (voter.memberId() != null) {
                    kept.put("member", voter.memberId());
                }
                data.put(COMMENTS, entryId + ":" + now.toEpochMilli() + ":" + voter.key(entryId), kept);
                long owner = entry.owner().id();
                notifications.notify(owner, "faq-comment", entryId, voter.memberId(), FaqTexts.notice(
                        members.language(owner), helpful ? "faq.notice.comment.yes" : "faq.notice.comment.no",
                        entry.question(), comment));
            }
            return counts(entryId);
        });
    }

    /** How many found the entry helpful and how many did not. */
    public Helpfulness counts(long entryId) {
        return new Helpfulness(data.count(COUNTS, countKey(entryId, true)), data.count(COUNTS, countKey(entryId, false)));
    }

    /** Whether this voter already voted on the entry: true, false, or null if not. */
    public Boolean voteOf(long entryId, Voter voter) {
        return data.get(VOTES, voter.key(entryId)).map(v -> (Boolean) v.get("helpful")).orElse(null);
    }

    /** The private comments on an entry, oldest first (at most 100): for its owner and community managers. */
    public List<PrivateComment> comments(long entryId, long viewerId) {
        Entry entry = entries.require(entryId, viewerId);
        if (entry.owner().id() != viewerId && !rights.manages(viewerId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the entry's owner reads its comments");
        }
        return data.list(COMMENTS, entryId + ":", 100).stream().map(record -> new PrivateComment(
                Boolean.TRUE.equals(record.value().get("helpful")), ItemValues.text(record.value(), "text"),
                ItemValues.number(record.value(), "member"), ItemValues.instant(record.value(), "at"))).toList();
    }

    private static String countKey(long entryId, boolean helpful) {
        return entryId + (helpful ? ":yes" : ":no");
    }
}
