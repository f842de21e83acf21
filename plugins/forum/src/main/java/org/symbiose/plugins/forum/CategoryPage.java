package org.symbiose.plugins.forum;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentException;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/** A category ({@code category.xhtml?id=}): its subcategories and a page of its topics. */
@Component(service = PageModel.class)
public class CategoryPage implements PageModel {

    @Reference
    private Viewers viewers;

    @Reference
    private CategoryIndex index;

    @Reference
    private TopicLists lists;

    @Override
    public String name() {
        return "category";
    }

    @Override
    public Object model(PageRequest request) {
        Viewer viewer = viewers.of(request.viewerId());
        long id = request.number("id").orElseThrow(() -> new PageNotFoundException("No category given"));
        CategoryNode category = index.tree().node(id, viewer)
                .orElseThrow(() -> new PageNotFoundException("No category " + id));
        int offset = Math.max(0, request.number("offset").orElse(0L).intValue());
        try {
            return Map.of("category", PageMaps.of(category),
                    "topics", PageMaps.of(lists.inCategory(viewer, id, offset, Paging.DEFAULT_LIMIT)),
                    "canStart", request.canPost() && index.access(id).start().admits(viewer));
        } catch (ContentException e) {
            throw new PageNotFoundException(e.getMessage());
        }
    }
}
