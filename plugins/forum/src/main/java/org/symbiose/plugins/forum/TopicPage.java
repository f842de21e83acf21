package org.symbiose.plugins.forum;

import jakarta.ws.rs.ForbiddenException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * A topic ({@code topic.xhtml?id=&offset=}): its first post, a page of replies with the accepted
 * answer marked, and what the viewer may do there. Every action names the topic in field
 * {@code id}:
 * <ul>
 * <li>{@code reply} (field {@code body}) and {@code preview}, which shows the draft rendered;</li>
 * <li>{@code watch}, {@code unwatch};</li>
 * <li>{@code like}, {@code unlike} (field {@code post}: the topic or one of its replies);</li>
 * <li>{@code accept} (field {@code post}: a reply), {@code unaccept}: the asker or a moderator;</li>
 * <li>{@code pin}, {@code unpin}, {@code lock}, {@code unlock}: moderators;</li>
 * <li>{@code move}, {@code split}, {@code merge}: moderators, see {@link TopicModeratorTools}.</li>
 * </ul>
 * The reply form takes the files the member uploaded in fields {@code attachments}.
 */
@Component(service = PageModel.class)
public class TopicPage implements PageModel {

    private static final Set<String> MODERATOR_TOOLS = Set.of("move", "split", "merge");

    @Reference
    private Viewers viewers;

    @Reference
    private TopicReader reader;

    @Reference
    private PostLookup lookup;

    @Reference
    private Posts posts;

    @Reference
    private Moderation moderation;

    @Reference
    private Watches watches;

    @Reference
    private MemberReactions reactions;

    @Reference
    private DraftPreview preview;

    @Reference
    private TopicModeratorTools moderatorTools;

    @Reference
    private ReadMarks marks;

    @Reference
    private TopicPromotion promotion;

    @Override
    public String name() {
        return "topic";
    }

    @Override
    public Object model(PageRequest request) {
        long id = request.number("id").orElseThrow(() -> new PageNotFoundException("No topic given"));
        int offset = Math.max(0, Math.min(TopicLists.MAX_SCAN, request.number("offset").orElse(0L).intValue()));
        Viewer viewer = viewers.of(request.viewerId());
        TopicView topic;
        try {
            topic = reader.read(viewer, id, offset, Paging.DEFAULT_LIMIT, next -> "topic.xhtml?id=" + id + "&offset=" + next);
        } catch (ItemNotFoundException e) {
            throw new PageNotFoundException(e.getMessage());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) PageMaps.of(topic);
        List<Long> posts = new ArrayList<>(List.of(id));
        topic.replies().items().forEach(reply -> posts.add(reply.id()));
        shown.put("liked", viewer.isMember() ? reactions.reacted(posts, viewer.id(), Posts.LIKE) : List.of());
        shown.put("canReact", viewer.canPost());
        shown.put("canWatch", viewer.isMember());
        shown.put("canAccept", topic.question() && (viewer.canPost() && topic.topic().author().id() == viewer.id()
                || topic.moderates()));
        shown.put("promotable", promotion.offered(topic));
        shown.put("moveTargets", topic.moderates() ? moderatorTools.targets(viewer) : List.of());
        shown.putAll(preview.ofForm(request));
        return shown;
    }

    /**
     * A visitor not signed in sees what every other one sees: no form, nothing of their own; the
     * site drops the kept page on a new reply to the topic and on any other change of content.
     */
    @Override
    public boolean shared() {
        return true;
    }

    /** A kept page shown still counts a view, as a rendered one does. */
    @Override
    public void shown(PageRequest request) {
        request.number("id").ifPresent(marks::viewed);
    }

    @Override
    public PageAction act(String action, PageRequest request) {
        if ("preview".equals(action)) {
            // staying on the page is the point: the model shows the form's draft and its preview
            return PageAction.refused(Map.of());
        }
        return PageProblems.attempt(() -> {
            long id = request.number("id").orElseThrow(() -> new ItemNotFoundException(0));
            Viewer viewer = viewers.of(request.viewerId());
            if (!viewer.isMember()) {
                throw new ForbiddenException("Sign in first");
            }
            if (MODERATOR_TOOLS.contains(action)) {
                return moderatorTools.act(action, viewer, id, request);
            }
            String reason = request.parameter("reason").orElse(null);
            String anchor = switch (action) {
                case "reply" -> "#reply-" + posts.reply(viewer, id, request.parameter("body").orElse(""), null,
                        Attachments.fromForm(request)).id();
                case "watch" -> {
                    lookup.topic(id, viewer);
                    watches.watch(Watches.Target.TOPIC, id, viewer.id());
                    yield "";
                }
                case "unwatch" -> {
                    watches.unwatch(Watches.Target.TOPIC, id, viewer.id());
                    yield "";
                }
                case "like", "unlike" -> {
                    long post = post(request);
                    posts.react(viewer, post, Posts.LIKE, "like".equals(action));
                    yield anchor(id, post);
                }
                case "accept" -> {
                    long post = post(request);
                    posts.accept(viewer, id, post);
                    yield anchor(id, post);
                }
                case "unaccept" -> {
                    posts.accept(viewer, id, null);
                    yield "";
                }
                case "promote" -> {
                    promotion.promote(viewer, id);
                    yield "";
                }
                case "pin", "unpin" -> {
                    moderation.pin(viewer, id, "pin".equals(action), reason);
                    yield "";
                }
                case "lock", "unlock" -> {
                    moderation.lock(viewer, id, "lock".equals(action), reason);
                    yield "";
                }
                default -> throw new InvalidItemException("", "Unknown action " + action);
            };
            return "/p/forum/topic.xhtml?id=" + id + anchor;
        });
    }

    private static long post(PageRequest request) {
        return request.number("post").orElseThrow(() -> new InvalidItemException("post", "Say which post"));
    }

    private static String anchor(long topicId, long postId) {
        return topicId == postId ? "" : "#reply-" + postId;
    }
}
