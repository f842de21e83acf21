package org.symbiose.plugins.ideas.site;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.plugins.ideas.IdeasRights;
import org.symbiose.plugins.ideas.Listing;
import org.symbiose.plugins.ideas.box.Box;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.idea.Idea;
import org.symbiose.plugins.ideas.idea.IdeaFilter;
import org.symbiose.plugins.ideas.idea.IdeaOrder;
import org.symbiose.plugins.ideas.idea.Ideas;
import org.symbiose.plugins.ideas.vote.Votes;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * A box ({@code box.xhtml?id=&tab=&status=&tag=&before=}): its description, the viewer's budget,
 * and its ideas in one tab: trending, top, newest, by status, by tag, and for members their own
 * ideas and those they voted for. An unknown tab shows the trending one, an unknown status every status.
 */
@Component(service = PageModel.class)
public class BoxPage implements PageModel {

    static final int PAGE = 20;
    private static final List<String> TABS = List.of("trending", "top", "newest", "status", "tag", "mine", "voted");
    private static final List<String> MEMBERS_TABS = List.of("mine", "voted");
    private static final int LONGEST_TAG = 60;

    @Reference
    private Boxes boxes;

    @Reference
    private Ideas ideas;

    @Reference
    private Votes votes;

    @Reference
    private IdeasRights rights;

    Clock clock = Clock.systemUTC();

    @Override
    public String name() {
        return "box";
    }

    @Override
    public Object model(PageRequest request) {
        Long viewer = request.viewerId();
        Locale locale = request.locale();
        Box box = request.number("id").flatMap(id -> boxes.find(id, viewer))
                .orElseThrow(() -> new PageNotFoundException("No such box"));
        String tab = tab(request.parameter("tab").orElse(""), viewer);
        String status = request.parameter("status").filter(key -> box.workflow().status(key).isPresent()).orElse("");
        String tag = request.parameter("tag").map(String::strip).filter(value -> value.length() <= LONGEST_TAG).orElse("");
        Listing<Idea> listed = listed(box, tab, status, tag, request.number("before").orElse(null), viewer);

        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("box", IdeaCards.box(box, clock.instant(), locale));
        shown.put("homeLink", PageAddresses.home());
        shown.put("tab", tab);
        shown.put("tabs", TABS.stream().filter(key -> viewer != null || !MEMBERS_TABS.contains(key))
                .map(key -> Map.of("key", key, "link", PageAddresses.tab(box.id(), key, null, null), "current", key.equals(tab)))
                .toList());
        shown.put("statuses", box.workflow().statuses().stream().map(one -> Map.of("key", one.key(),
                "label", one.label(locale), "selected", one.key().equals(status))).toList());
        shown.put("tag", tag);
        shown.put("ideas", listed.items().stream().map(idea -> IdeaCards.idea(idea, box, locale)).toList());
        shown.put("moreLink", listed.next() == null ? ""
                : PageAddresses.tab(box.id(), tab, filterName(tab), "status".equals(tab) ? status : tag) + "&before=" + listed.next());
        shown.put("budget", IdeaCards.budget(votes.budget(box, viewer), viewer));
        boolean open = !box.closedAt(clock.instant());
        shown.put("canPropose", open && request.canPost() && box.access().admits(rights.role(viewer).orElse(null)));
        shown.put("proposeLink", PageAddresses.propose(box.id()));
        shown.put("roadmapLink", PageAddresses.roadmap(box.id()));
        shown.put("canManage", rights.manages(viewer));
        shown.put("settingsLink", PageAddresses.settings(box.id()));
        return shown;
    }

    /** The tab asked for, if the viewer has it; else trending. */
    static String tab(String asked, Long viewer) {
        return TABS.contains(asked) && (viewer != null || !MEMBERS_TABS.contains(asked)) ? asked : "trending";
    }

    private static String filterName(String tab) {
        return switch (tab) {
            case "status" -> "status";
            case "tag" -> "tag";
            default -> null;
        };
    }

    private Listing<Idea> listed(Box box, String tab, String status, String tag, Long before, Long viewer) {
        if ("voted".equals(tab)) {
            // one page: a member supports at most a budget's worth, or a few hundred
            return new Listing<>(ideas.byIds(votes.votedIdeas(box.id(), viewer), viewer), null);
        }
        IdeaOrder order = switch (tab) {
            case "top" -> IdeaOrder.TOP;
            case "trending" -> IdeaOrder.TRENDING;
            default -> IdeaOrder.NEWEST;
        };
        IdeaFilter filter = new IdeaFilter("status".equals(tab) ? status : null, "tag".equals(tab) ? tag : null,
                "mine".equals(tab), false);
        return ideas.list(box.id(), order, filter, before, PAGE, viewer);
    }
}
