package org.symbiose.plugins.ideas.site;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.ideas.IdeasRights;
import org.symbiose.plugins.ideas.box.Box;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.idea.Idea;
import org.symbiose.plugins.ideas.idea.IdeaComment;
import org.symbiose.plugins.ideas.idea.IdeaComments;
import org.symbiose.plugins.ideas.idea.Ideas;
import org.symbiose.plugins.ideas.idea.Subscriptions;
import org.symbiose.plugins.ideas.merge.MergeInput;
import org.symbiose.plugins.ideas.merge.Merges;
import org.symbiose.plugins.ideas.status.Status;
import org.symbiose.plugins.ideas.status.StatusChangeInput;
import org.symbiose.plugins.ideas.status.StatusChanges;
import org.symbiose.plugins.ideas.status.Workflow;
import org.symbiose.plugins.ideas.vote.Votes;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * An idea ({@code idea.xhtml?id=}): its status in its colour, where it was merged, the vote button
 * with the votes the member has left, the official response above the comments, subscription,
 * reactions and comments; for managers, the form that answers it and changes its status, and the
 * one that merges it. Actions {@code vote}, {@code unvote}, {@code subscribe}, {@code unsubscribe},
 * {@code react} (field {@code kind}), {@code comment} ({@code body}), {@code respond}
 * ({@code status}, {@code response}) and {@code merge} ({@code into}); a refusal stays on the page
 * with its reason, nothing written.
 */
@Component(service = PageModel.class)
public class IdeaPage implements PageModel {

    private static final int COMMENTS = 100;
    /** The reactions the page offers, named by the texts {@code ideas.site.reaction.<kind>}. */
    static final List<String> REACTIONS = List.of("like", "love", "celebrate");

    @Reference
    private Ideas ideas;

    @Reference
    private Boxes boxes;

    @Reference
    private Votes votes;

    @Reference
    private Subscriptions subscriptions;

    @Reference
    private IdeaComments comments;

    @Reference
    private StatusChanges statuses;

    @Reference
    private Merges merges;

    @Reference
    private IdeasRights rights;

    Clock clock = Clock.systemUTC();

    @Override
    public String name() {
        return "idea";
    }

    @Override
    public Object model(PageRequest request) {
        Long viewer = request.viewerId();
        Locale locale = request.locale();
        Idea idea = find(request);
        Box box = boxes.find(idea.boxId(), viewer).orElseThrow(() -> new PageNotFoundException("No such box"));
        Workflow workflow = box.workflow();
        Status status = workflow.status(idea.status()).orElse(workflow.first());

        Map<String, Object> shown = new LinkedHashMap<>();
        Map<String, Object> card = IdeaCards.idea(idea, box, locale);
        card.put("bodyHtml", idea.bodyHtml() == null ? "" : idea.bodyHtml());
        card.put("author", idea.author().displayName());
        card.put("created", IdeaCards.date(idea.created(), locale));
        shown.put("idea", card);
        shown.put("box", Map.of("title", box.title(), "link", box.link()));
        shown.put("homeLink", PageAddresses.home());
        shown.put("mergedInto", idea.mergedInto() == null ? null : merged(idea.mergedInto(), viewer));
        shown.put("response", idea.response() == null ? null : Map.of("html", idea.response().html(),
                "by", idea.response().by().displayName(), "at", IdeaCards.date(idea.response().at(), locale),
                "status", workflow.status(idea.response().status()).map(one -> one.label(locale)).orElse(""),
                "colour", workflow.status(idea.response().status()).map(Status::colour).orElse("#666666")));
        boolean member = viewer != null && request.canPost();
        shown.put("voted", votes.voted(idea, viewer));
        shown.put("canVote", member && votable(idea, box, status, viewer));
        shown.put("budget", IdeaCards.budget(votes.budget(box, viewer), viewer));
        shown.put("subscribed", viewer != null && subscriptions.subscribed(idea.id(), viewer));
        shown.put("canReact", member);
        shown.put("reactions", REACTIONS.stream().map(kind -> Map.of("kind", kind,
                "count", idea.reactions().getOrDefault(kind, 0L))).toList());
        shown.put("comments", comments.list(idea.id(), viewer, null, COMMENTS).items().stream()
                .map(comment -> comment(comment, locale)).toList());
        shown.put("canComment", member);
        shown.put("draft", request.parameter("body").orElse(""));
        shown.put("canEdit", editable(idea, workflow, viewer));
        shown.put("editLink", PageAddresses.edit(box.id(), idea.id()));
        shown.put("canManage", rights.manages(viewer));
        shown.put("nextStatuses", nextStatuses(workflow, status, locale));
        shown.put("responseDraft", request.parameter("response").orElse(""));
        shown.put("mergeDraft", request.parameter("into").orElse(""));
        return shown;
    }

    @Override
    public PageAction act(String action, PageRequest request) {
        return switch (action) {
            case "vote" -> member(request, (viewer) -> {
                votes.vote(find(request).id(), viewer);
                return "#ideas-vote";
            });
            case "unvote" -> member(request, (viewer) -> {
                votes.unvote(find(request).id(), viewer);
                return "#ideas-vote";
            });
            case "subscribe", "unsubscribe" -> member(request, (viewer) -> {
                long idea = find(request).id();
                if ("subscribe".equals(action)) {
                    subscriptions.subscribe(idea, viewer);
                } else {
                    subscriptions.unsubscribe(idea, viewer);
                }
                return "";
            });
            case "react" -> member(request, (viewer) -> {
                String kind = request.parameter("kind").filter(REACTIONS::contains).orElseThrow(
                        () -> new ProblemException(ProblemType.VALIDATION, "kind", "Choose one of the reactions"));
                ideas.react(find(request).id(), viewer, kind, true);
                return "#ideas-reactions";
            });
            case "comment" -> member(request, (viewer) -> "#comment-"
                    + comments.add(find(request).id(), request.parameter("body").orElse(""), viewer).id());
            case "respond" -> member(request, (viewer) -> {
                StatusChangeInput input = new StatusChangeInput();
                input.status = request.parameter("status").orElse("");
                input.response = request.parameter("response").filter(text -> !text.isBlank()).orElse(null);
                statuses.change(find(request).id(), input, viewer);
                return "#ideas-response";
            });
            case "merge" -> member(request, (viewer) -> {
                MergeInput input = new MergeInput();
                input.into = request.number("into").orElseThrow(() -> new ProblemException(ProblemType.VALIDATION,
                        "into", "Give the number of the idea this one merges into"));
                merges.merge(find(request).id(), input, viewer);
                return "";
            });
            default -> PageAction.refused(Map.of("", "Unknown action " + action));
        };
    }

    /** Runs a member's action and comes back to the idea, at the anchor it answers. */
    private PageAction member(PageRequest request, LongFunction<String> action) {
        return PageAction.attempt(() -> {
            if (request.viewerId() == null) {
                throw new ProblemException(ProblemType.UNAUTHORIZED, "Sign in first");
            }
            String anchor = action.apply(request.viewerId());
            return PageAddresses.idea(find(request).id()) + anchor;
        });
    }

    private Idea find(PageRequest request) {
        long id = request.number("id").orElseThrow(() -> new PageNotFoundException("No idea given"));
        return ideas.find(id, request.viewerId()).orElseThrow(() -> new PageNotFoundException("No such idea"));
    }

    /** The idea a merged one went into, as a link; by number when the viewer cannot read it. */
    private Map<String, Object> merged(long into, Long viewer) {
        return ideas.find(into, viewer).<Map<String, Object>>map(target -> Map.of("title", target.title(), "link", target.link()))
                .orElse(Map.of("title", "#" + into, "link", PageAddresses.idea(into)));
    }

    /** What the vote service would accept, so the button shows only when it can work. */
    private boolean votable(Idea idea, Box box, Status status, long viewer) {
        return idea.mergedInto() == null && idea.itemStatus() == ItemStatus.PUBLISHED && !status.closed()
                && !box.closedAt(clock.instant()) && box.access().admits(rights.role(viewer).orElse(null));
    }

    /** Who edits an idea, as the ideas' service decides it: its author while in the first status, moderators always. */
    private boolean editable(Idea idea, Workflow workflow, Long viewer) {
        return viewer != null && (rights.moderates(viewer) || idea.author().id() == viewer
                && idea.mergedInto() == null && idea.status().equals(workflow.first().key()));
    }

    /** The current status (to answer without moving) and those the workflow lets the idea move to. */
    static List<Map<String, Object>> nextStatuses(Workflow workflow, Status current, Locale locale) {
        List<Map<String, Object>> choices = new ArrayList<>();
        for (Status status : workflow.statuses()) {
            boolean same = status.key().equals(current.key());
            if (same || workflow.allows(current.key(), status.key())) {
                choices.add(Map.of("key", status.key(), "label", status.label(locale), "current", same));
            }
        }
        return choices;
    }

    private static Map<String, Object> comment(IdeaComment comment, Locale locale) {
        return Map.of("id", comment.id(), "author", comment.author().displayName(),
                "date", IdeaCards.date(comment.created(), locale), "html", comment.bodyHtml() == null ? "" : comment.bodyHtml());
    }
}
