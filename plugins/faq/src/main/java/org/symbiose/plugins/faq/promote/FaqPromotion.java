package org.symbiose.plugins.faq.promote;

import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.data.PluginData;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.notification.Notifications;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.faq.FaqTexts;
import org.symbiose.plugins.faq.ItemValues;
import org.symbiose.plugins.faq.entry.Credit;
import org.symbiose.plugins.faq.entry.Entries;
import org.symbiose.plugins.faq.entry.Entry;
import org.symbiose.plugins.faq.entry.EntryInput;
import org.symbiose.plugins.faq.entry.EntryState;
import org.symbiose.spi.knowledge.AnswerPromotion;
import org.symbiose.spi.knowledge.PromotableAnswer;
import org.symbiose.spi.knowledge.PromotedEntry;

/**
 * A forum answer becomes a FAQ draft: the topic's title is the question, the accepted reply the
 * answer, and its credit (the author, the topic) is kept beside the text, not in it, so that the
 * page and REST clients show it once and an editor's rewrite cannot drop it; the promoter owns the
 * draft, the author is told. A topic is promoted once: the claim of its id is written with the
 * draft, so a second promotion (on any node) answers the first entry.
 */
@Component(service = AnswerPromotion.class)
public class FaqPromotion implements AnswerPromotion {

    static final String PROMOTED = "promoted";

    @Reference
    private Entries entries;

    @Reference
    private ContentStore store;

    @Reference
    private PluginData data;

    @Reference
    private Notifications notifications;

    @Reference
    private MemberDirectory members;

    @Override
    public PromotedEntry promote(PromotableAnswer answer, long promoterId) {
        Optional<PromotedEntry> already = promotedFrom(answer.sourceId());
        if (already.isPresent()) {
            return already.get();
        }
        String language = ItemValues.language(answer.language(), "language");
        if (answer.answerMarkdown().strip().length() > ContentStore.MAX_BODY) {
            throw new ProblemException(ProblemType.VALIDATION, "answer", "The answer is too long for a FAQ entry");
        }
        EntryInput input = new EntryInput(answer.question(), answer.answerMarkdown().strip(), language, EntryState.DRAFT);
        input.tags = answer.tags();
        return store.inOneTransaction(() -> {
            Entry entry = entries.create(input, promoterId, new Credit(answer.authorId(), answer.authorName(),
                    answer.sourceId(), answer.sourceLink()));
            if (!data.putIfAbsentWithin(PROMOTED, Long.toString(answer.sourceId()), Map.of("entry", entry.id()),
                    ItemValues.FOR_GOOD)) {
                throw new ProblemException(ProblemType.CONFLICT, "This answer is being promoted already");
            }
            notifications.notify(answer.authorId(), "faq-promoted", entry.id(), promoterId, FaqTexts.notice(
                    members.language(answer.authorId()), "faq.notice.promoted", answer.question()));
            return promoted(entry);
        });
    }

    @Override
    public Optional<PromotedEntry> promotedFrom(long sourceId) {
        return data.get(PROMOTED, Long.toString(sourceId)).map(v -> ItemValues.number(v, "entry"))
                .flatMap(id -> store.find(id)).filter(item -> item.status() != ItemStatus.DELETED)
                .map(item -> promoted(entries.of(item)));
    }

    private static PromotedEntry promoted(Entry entry) {
        return new PromotedEntry(entry.id(), entry.link(), entry.question());
    }
}
