package org.symbiose.plugins.ideas.site;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.plugins.ideas.IdeasRights;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageRequest;

/** The suggestion boxes the viewer reads ({@code index.xhtml}), newest first; managers create one from there. */
@Component(service = PageModel.class)
public class BoxesPage implements PageModel {

    @Reference
    private Boxes boxes;

    @Reference
    private IdeasRights rights;

    Clock clock = Clock.systemUTC();

    @Override
    public String name() {
        return "boxes";
    }

    @Override
    public Object model(PageRequest request) {
        Long viewer = request.viewerId();
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("boxes", boxes.list(viewer).stream()
                .map(box -> IdeaCards.box(box, clock.instant(), request.locale())).toList());
        shown.put("canCreate", rights.manages(viewer));
        shown.put("newLink", PageAddresses.newBox());
        return shown;
    }
}
