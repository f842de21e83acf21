package org.symbiose.plugins.ideas.site;

import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.plugins.ideas.box.Box;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.idea.Ideas;
import org.symbiose.plugins.ideas.idea.Roadmap;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/** A box's public roadmap ({@code roadmap.xhtml?box=}): a kanban column per open status, each idea a card with its votes. */
@Component(service = PageModel.class)
public class RoadmapPage implements PageModel {

    @Reference
    private Boxes boxes;

    @Reference
    private Ideas ideas;

    @Override
    public String name() {
        return "roadmap";
    }

    @Override
    public Object model(PageRequest request) {
        Box box = request.number("box").flatMap(id -> boxes.find(id, request.viewerId()))
                .orElseThrow(() -> new PageNotFoundException("No such box"));
        Roadmap roadmap = ideas.roadmap(box.id(), request.viewerId(), request.locale());
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("box", Map.of("title", box.title(), "link", box.link()));
        shown.put("homeLink", PageAddresses.home());
        shown.put("columns", roadmap.columns().stream().map(column -> Map.of("key", column.status(),
                "label", column.label(), "colour", column.colour(),
                "ideas", column.ideas().stream().map(idea -> IdeaCards.idea(idea, box, request.locale())).toList()))
                .toList());
        return shown;
    }
}
