package org.symbiose.plugins.forum;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageRequest;

/** The forums' home ({@code index.xhtml}): the categories (as indented lines) and the latest topics. */
@Component(service = PageModel.class)
public class IndexPage implements PageModel {

    @Reference
    private Viewers viewers;

    @Reference
    private CategoryIndex index;

    @Reference
    private TopicLists lists;

    @Override
    public String name() {
        return "index";
    }

    @Override
    public Object model(PageRequest request) {
        Viewer viewer = viewers.of(request.viewerId());
        return Map.of("categories", PageMaps.of(CategoryLine.of(index.tree().readableBy(viewer))),
                "latest", PageMaps.of(lists.latest(viewer, null, 10).items()));
    }
}
