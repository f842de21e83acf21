package org.symbiose.plugins.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.spi.site.PageRequest;

/**
 * The topic page's forms for the category's moderators, over {@link TopicMoves}: {@code move}
 * (field {@code category}), {@code split} (fields {@code replies}, ticked on the replies,
 * {@code title} and {@code category}) and {@code merge} (field {@code into}, a topic id); each
 * with an optional {@code reason}.
 */
@Component(service = TopicModeratorTools.class)
public class TopicModeratorTools {

    @Reference
    private CategoryIndex index;

    @Reference
    private TopicMoves moves;

    /**
     * The categories the moderator may bring topics to, in tree order: maps of {@code id} and
     * {@code label} (the name, indented by depth).
     */
    public List<Map<String, Object>> targets(Viewer moderator) {
        List<Map<String, Object>> targets = new ArrayList<>();
        addTargets(index.tree().readableBy(moderator), 0, moderator, targets);
        return targets;
    }

    private void addTargets(List<CategoryNode> nodes, int depth, Viewer moderator, List<Map<String, Object>> targets) {
        for (CategoryNode node : nodes) {
            if (index.access(node.id()).moderate().admits(moderator)) {
                targets.add(Map.of("id", node.id(), "label", "\u2014 ".repeat(depth) + node.name()));
            }
            addTargets(node.children(), depth + 1, moderator, targets);
        }
    }

    /** Runs one of the forms' actions on topic {@code topicId}; returns the page to show next. */
    public String act(String action, Viewer moderator, long topicId, PageRequest request) {
        String reason = request.parameter("reason").filter(text -> !text.isBlank()).orElse(null);
        return switch (action) {
            case "move" -> {
                moves.move(moderator, topicId, number(request, "category", "Choose a category"), reason);
                yield page(topicId);
            }
            case "split" -> {
                List<Long> replies = request.parameters().getOrDefault("replies", List.of()).stream()
                        .map(id -> parse(id, "replies", "Tick the replies to split off")).toList();
                long topic = moves.split(moderator, topicId, replies, request.parameter("title").orElse(""),
                        number(request, "category", "Choose a category"), reason).id();
                yield page(topic);
            }
            case "merge" -> {
                long into = number(request, "into", "Give the number of the topic to merge into");
                moves.merge(moderator, topicId, into, reason);
                yield page(into);
            }
            default -> throw new InvalidItemException("", "Unknown action " + action);
        };
    }

    private static long number(PageRequest request, String field, String message) {
        return parse(request.parameter(field).orElse(""), field, message);
    }

    private static long parse(String value, String field, String message) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidItemException(field, message);
        }
    }

    private static String page(long topicId) {
        return "/p/forum/topic.xhtml?id=" + topicId;
    }
}
