package org.symbiose.plugins.forum;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.spi.knowledge.AnswerPromotion;
import org.symbiose.spi.knowledge.PromotableAnswer;
import org.symbiose.spi.knowledge.PromotedEntry;

/**
 * "Promote to FAQ": a topic's accepted answer handed to the knowledge base, whichever plugin keeps
 * it, through the API's {@link AnswerPromotion} (the forum never imports the FAQ). Offered only
 * while such a service is there, to the topic's moderators; the topic then keeps the entry's id
 * and link in its attributes ({@link #ENTRY}, {@link #ENTRY_LINK}) and its page links to it.
 */
@Component(service = TopicPromotion.class)
public class TopicPromotion {

    public static final String ENTRY = "faqEntry";
    public static final String ENTRY_LINK = "faqEntryLink";

    @Reference
    private PostLookup lookup;

    @Reference
    private ContentStore store;

    @Reference
    private TopicEdits edits;

    @Reference
    private MemberDirectory members;

    // optional and dynamic: the knowledge plugin may come and go while the forum runs
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AnswerPromotion knowledge;

    /** Whether a knowledge base is there to promote to. */
    public boolean offered() {
        return knowledge != null;
    }

    /** Whether the topic's viewer may be offered the action: its moderator, an accepted answer not promoted yet. */
    public boolean offered(TopicView topic) {
        return topic.moderates() && offered() && topic.acceptedAnswer() != null && topic.faqEntryLink() == null;
    }

    /**
     * Promotes the accepted answer of {@code topicId}; a topic promoted already answers its entry.
     *
     * @throws ProblemException 404 if the caller may not read the topic, 403 if they do not moderate it, 409 if it has
     *                          no accepted answer, then 404 if no knowledge base is there
     */
    public PromotedEntry promote(Viewer actor, long topicId) {
        Item topic = lookup.moderatedTopic(topicId, actor).topic();
        Item reply = acceptedReply(topic, id -> store.find(id));
        AnswerPromotion target = knowledge; // read once: the service may leave meanwhile
        if (target == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No knowledge base is installed to promote answers to");
        }
        Locale language = members.language(topic.author().id());
        return promote(target, topic, reply, language, actor.id(),
                entry -> edits.change(topicId, actor.id(), current -> {
                    Map<String, Object> attributes = TopicState.with(current, ENTRY, entry.entryId());
                    attributes.put(ENTRY_LINK, entry.link());
                    return attributes;
                }));
    }

    /** The topic's published accepted reply; refused with a 409 if it has none. */
    static Item acceptedReply(Item topic, Function<Long, Optional<Item>> find) {
        Long accepted = TopicState.id(topic, TopicState.ACCEPTED);
        return Optional.ofNullable(accepted).flatMap(find).filter(reply -> reply.status() == ItemStatus.PUBLISHED)
                .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, "Only a topic with an accepted answer can be promoted"));
    }

    /** Hands the answer over, or answers the entry made before; {@code written} records a new entry on the topic. */
    static PromotedEntry promote(AnswerPromotion target, Item topic, Item reply, Locale language, long promoterId,
            Consumer<PromotedEntry> written) {
        Optional<PromotedEntry> before = target.promotedFrom(topic.id());
        PromotedEntry entry = before.orElseGet(() -> target.promote(answer(topic, reply, language), promoterId));
        if (before.isEmpty() || TopicState.id(topic, ENTRY) == null) {
            written.accept(entry);
        }
        return entry;
    }

    static PromotableAnswer answer(Item topic, Item reply, Locale language) {
        return new PromotableAnswer(topic.id(), "/p/forum/topic.xhtml?id=" + topic.id(), topic.title(), reply.body(),
                reply.author().id(), reply.author().displayName(), "fr".equals(language.getLanguage()) ? "fr" : "en",
                topic.tags());
    }
}
