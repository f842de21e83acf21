package org.symbiose.plugins.forum;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * A member's activity in the forum ({@code member.xhtml?id=}): their topics and their replies,
 * newest first, each list paged by its own cursor ({@code topics=}, {@code replies=}), and only
 * in the categories the viewer may read.
 */
@Component(service = PageModel.class)
public class MemberPage implements PageModel {

    @Reference
    private Viewers viewers;

    @Reference
    private MemberDirectory members;

    @Reference
    private TopicLists lists;

    @Override
    public String name() {
        return "member";
    }

    @Override
    public Object model(PageRequest request) {
        long id = request.number("id").orElseThrow(() -> new PageNotFoundException("No member given"));
        MemberInfo member = members.find(id).orElseThrow(() -> new PageNotFoundException("No member " + id));
        Viewer viewer = viewers.of(request.viewerId());
        return Map.of("member", PageMaps.of(member.ref()),
                "topics", PageMaps.of(lists.startedBy(viewer, id, cursor(request, "topics"), Paging.DEFAULT_LIMIT)),
                "replies", PageMaps.of(lists.repliesBy(viewer, id, cursor(request, "replies"), Paging.DEFAULT_LIMIT)));
    }

    private static Long cursor(PageRequest request, String name) {
        return request.number(name).filter(cursor -> cursor > 0).orElse(null);
    }
}
