package org.symbiose.plugins.ideas.rest;

import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.plugins.ideas.box.Box;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.idea.Idea;
import org.symbiose.plugins.ideas.idea.Subscriptions;
import org.symbiose.plugins.ideas.status.Status;
import org.symbiose.plugins.ideas.vote.Budget;
import org.symbiose.plugins.ideas.vote.Support;
import org.symbiose.plugins.ideas.vote.Votes;

/** Builds {@link IdeaView}s: an idea with what its box and the caller's votes add to it. */
@Component(service = IdeaViews.class)
public class IdeaViews {

    @Reference
    private Boxes boxes;

    @Reference
    private Votes votes;

    @Reference
    private Subscriptions subscriptions;

    /** The idea as {@code viewerId} (null: a visitor) sees it, statuses named in {@code language}. */
    public IdeaView of(Idea idea, Long viewerId, Locale language) {
        Box box = boxes.any(idea.boxId()).orElseThrow();
        return of(idea, box, viewerId, language);
    }

    /** A page of a box's ideas as {@code viewerId} sees them: their votes read once for the page. */
    public List<IdeaSummary> of(List<Idea> ideas, Box box, Long viewerId, Locale language) {
        Support support = votes.support(box.id(), viewerId);
        return ideas.stream().map(idea -> new IdeaSummary(idea.id(), idea.title(), idea.excerpt(), idea.tags(),
                status(idea, box, language), idea.votes(), support.ideas().contains(idea.id()), idea.mergedInto(),
                idea.author(), idea.link(), idea.created())).toList();
    }

    private IdeaView of(Idea idea, Box box, Long viewerId, Locale language) {
        return view(idea, box, votes.voted(idea, viewerId),
                viewerId != null && subscriptions.subscribed(idea.id(), viewerId), votes.budget(box, viewerId), language);
    }

    private static IdeaView view(Idea idea, Box box, boolean voted, boolean subscribed, Budget budget, Locale language) {
        return new IdeaView(idea.id(), idea.boxId(), idea.title(), idea.body(), idea.bodyHtml(), idea.tags(),
                status(idea, box, language), idea.votes(), voted, subscribed, budget, idea.response(), idea.mergedInto(),
                idea.author(), idea.reactions(), idea.link(), idea.created(), idea.version());
    }

    private static IdeaView.StatusView status(Idea idea, Box box, Locale language) {
        Status status = box.workflow().status(idea.status()).orElse(box.workflow().first());
        return new IdeaView.StatusView(status.key(), status.label(language), status.colour(), status.closed());
    }
}
