package org.symbiose.plugins.forum;

import jakarta.ws.rs.ForbiddenException;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.audit.AuditLog;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.Role;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/** Community managers creating and changing categories; each change is audited. */
@Component(service = Categories.class)
public class Categories {

    @Reference
    private ContentStore store;

    @Reference
    private CategoryIndex index;

    @Reference
    private AuditLog audit;

    public Category create(Viewer manager, CategoryInput input) {
        mayManage(manager);
        Map<String, Object> attributes = input.attributes(index.tree(), null);
        Item created = store.create(new ItemDraft(Category.TYPE, null, input.name.strip(), description(input), List.of(),
                attributes, ItemStatus.PUBLISHED), manager.id());
        index.invalidate();
        audit.record(manager.id(), "forum.category.create", created.id(), null, null, created.title());
        return Category.of(created);
    }

    public Category edit(Viewer manager, long id, CategoryInput input) {
        mayManage(manager);
        Item current = store.find(id).filter(item -> Category.TYPE.equals(item.type()))
                .orElseThrow(() -> new ItemNotFoundException(id));
        Map<String, Object> attributes = input.attributes(index.tree(), id);
        if (input.version == null) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "version",
                    "Say which version of the category you are changing");
        }
        Item edited = store.edit(id, input.version, new ItemEdit(input.name.strip(), description(input), null, attributes),
                manager.id());
        index.invalidate();
        audit.record(manager.id(), "forum.category.edit", id, null, current.attributes().toString(),
                edited.attributes().toString());
        return Category.of(edited);
    }

    private static String description(CategoryInput input) {
        return input.description == null ? "" : input.description;
    }

    private static void mayManage(Viewer viewer) {
        if (!viewer.is(Role.COMMUNITY_MANAGER)) {
            throw new ForbiddenException("Community managers organise the categories");
        }
    }
}
