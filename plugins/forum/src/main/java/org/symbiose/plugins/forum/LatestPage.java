package org.symbiose.plugins.forum;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageRequest;

/** The forum's part of the site's home page ({@code home.xhtml}): the newest topics the viewer may read. */
@Component(service = PageModel.class)
public class LatestPage implements PageModel {

    static final int SHOWN = 5;

    @Reference
    private Viewers viewers;

    @Reference
    private TopicLists lists;

    @Override
    public String name() {
        return "latest";
    }

    @Override
    public Object model(PageRequest request) {
        return Map.of("topics", PageMaps.of(lists.latest(viewers.of(request.viewerId()), null, SHOWN).items()));
    }
}
