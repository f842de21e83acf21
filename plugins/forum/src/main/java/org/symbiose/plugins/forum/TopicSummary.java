package org.symbiose.plugins.forum;

import java.time.Instant;
import java.util.List;
import org.symbiose.api.content.Item;
import org.symbiose.api.member.MemberRef;

/**
 * A topic in a list.
 *
 * @param id           the topic id
 * @param categoryId   its category
 * @param title        its title
 * @param author       who started it
 * @param tags         its tags
 * @param pinned       shown first in its category
 * @param locked       closed to replies
 * @param question     a question that may have an accepted answer
 * @param answered     a question with an accepted answer
 * @param replyCount   how many published replies
 * @param views        how many times it was viewed
 * @param score        votes and reactions together
 * @param lastActivity its last reply, or its creation
 * @param created      when it was started
 * @param news         for a member: activity since they last read it (or never read)
 */
public record TopicSummary(long id, long categoryId, String title, MemberRef author, List<String> tags, boolean pinned,
        boolean locked, boolean question, boolean answered, long replyCount, long views, long score,
        Instant lastActivity, Instant created, boolean news) {

    public TopicSummary {
        tags = List.copyOf(tags);
    }

    public static TopicSummary of(Item topic, long replies, Instant lastActivity, long views, boolean news) {
        return new TopicSummary(topic.id(), topic.parentId(), topic.title(), topic.author(), topic.tags(),
                TopicState.flag(topic, TopicState.PINNED), TopicState.flag(topic, TopicState.LOCKED),
                TopicState.flag(topic, TopicState.QUESTION), TopicState.id(topic, TopicState.ACCEPTED) != null,
                replies, views, popularity(topic), lastActivity, topic.created(),
                news);
    }

    /** Votes plus reactions of every kind: what "top" lists rank by. */
    public static long popularity(Item topic) {
        return topic.score() + topic.reactions().values().stream().mapToLong(Long::longValue).sum();
    }
}
