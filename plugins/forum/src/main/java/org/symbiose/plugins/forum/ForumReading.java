package org.symbiose.plugins.forum;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemNotFoundException;

/**
 * Who may read a forum item outside the forum's own endpoints (the core's item endpoints): the
 * same rule as inside, so a private category's posts never show there either.
 */
@Component(service = ForumReading.class)
public class ForumReading {

    @Reference
    private PostLookup posts;

    @Reference
    private CategoryIndex categories;

    @Reference
    private Viewers viewers;

    public boolean readable(Item item, Long viewerId) {
        Viewer viewer = viewers.of(viewerId);
        try {
            if (Category.TYPE.equals(item.type())) {
                categories.readable(item.id(), viewer);
            } else {
                posts.post(item.id(), viewer);
            }
            return true;
        } catch (ItemNotFoundException hidden) {
            return false;
        }
    }
}
