package org.symbiose.plugins.forum;

import java.time.Instant;
import java.util.List;
import org.symbiose.api.rest.Page;

/**
 * A topic with a page of its replies, as one viewer sees it.
 *
 * @param topic          the topic's first post
 * @param categoryId     its category
 * @param categoryName   the category's name
 * @param pinned         pinned in its category
 * @param locked         closed to replies
 * @param question       a question
 * @param acceptedAnswer the accepted reply, or null
 * @param mergedInto     the topic that continues this one, or null
 * @param replyCount     published replies
 * @param views          views, this one included
 * @param lastReadAt     when the viewer last read it before this view, or null
 * @param watching       whether the viewer watches it
 * @param canReply       whether the viewer may reply now
 * @param moderates      whether the viewer moderates its category
 * @param replies        a page of replies, oldest first; its next page is the same read at a further offset
 * @param related        similar topics the viewer may read; none on the first read after a change, while
 *                       they are looked for
 * @param faqEntryLink   the FAQ entry its accepted answer was promoted to, site-relative, or null
 */
public record TopicView(PostView topic, long categoryId, String categoryName, boolean pinned, boolean locked,
        boolean question, Long acceptedAnswer, Long mergedInto, long replyCount, long views, Instant lastReadAt,
        boolean watching, boolean canReply, boolean moderates, Page<PostView> replies, List<RelatedTopic> related,
        String faqEntryLink) {

    public TopicView {
        related = List.copyOf(related);
    }

    /**
     * A topic like this one.
     *
     * @param id    its id
     * @param title its title
     * @param link  where the site shows it
     */
    public record RelatedTopic(long id, String title, String link) {
    }
}
