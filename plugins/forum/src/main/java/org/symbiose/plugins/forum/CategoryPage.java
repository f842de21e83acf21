package org.symbiose.plugins.forum;

import jakarta.ws.rs.ForbiddenException;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentException;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * A category ({@code category.xhtml?id=}): its subcategories (as indented lines), a page of its topics, and whether
 * the viewer watches it; actions {@code watch} and {@code unwatch} (field {@code id}).
 */
@Component(service = PageModel.class)
public class CategoryPage implements PageModel {

    @Reference
    private Viewers viewers;

    @Reference
    private CategoryIndex index;

    @Reference
    private TopicLists lists;

    @Reference
    private Watches watches;

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
                    "subcategories", PageMaps.of(CategoryLine.of(category.children())),
                    "topics", PageMaps.of(lists.inCategory(viewer, id, offset, Paging.DEFAULT_LIMIT)),
                    "canStart", request.canPost() && index.access(id).start().admits(viewer),
                    "canWatch", viewer.isMember(),
                    "watching", viewer.isMember() && watches.watches(Watches.Target.CATEGORY, id, viewer.id()));
        } catch (ContentException e) {
            throw new PageNotFoundException(e.getMessage());
        }
    }

    @Override
    public PageAction act(String action, PageRequest request) {
        if (!"watch".equals(action) && !"unwatch".equals(action)) {
            return PageModel.super.act(action, request);
        }
        return PageProblems.attempt(() -> {
            long id = request.number("id").orElseThrow(() -> new ItemNotFoundException(0));
            Viewer viewer = viewers.of(request.viewerId());
            if (!viewer.isMember()) {
                throw new ForbiddenException("Sign in first");
            }
            if ("watch".equals(action)) {
                index.readable(id, viewer);
                watches.watch(Watches.Target.CATEGORY, id, viewer.id());
            } else {
                watches.unwatch(Watches.Target.CATEGORY, id, viewer.id());
            }
            return "/p/forum/category.xhtml?id=" + id;
        });
    }
}
