package org.symbiose.plugins.forum;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * A topic ({@code topic.xhtml?id=&offset=}): its first post, a page of replies with the accepted
 * answer marked, and the reply form (action {@code reply}: fields {@code id}, {@code body}).
 */
@Component(service = PageModel.class)
public class TopicPage implements PageModel {

    @Reference
    private Viewers viewers;

    @Reference
    private TopicReader reader;

    @Reference
    private Posts posts;

    @Override
    public String name() {
        return "topic";
    }

    @Override
    public Object model(PageRequest request) {
        long id = request.number("id").orElseThrow(() -> new PageNotFoundException("No topic given"));
        int offset = Math.max(0, Math.min(TopicLists.MAX_SCAN, request.number("offset").orElse(0L).intValue()));
        try {
            return PageMaps.of(reader.read(viewers.of(request.viewerId()), id, offset, Paging.DEFAULT_LIMIT));
        } catch (ItemNotFoundException e) {
            throw new PageNotFoundException(e.getMessage());
        }
    }

    @Override
    public PageAction act(String action, PageRequest request) {
        if (!"reply".equals(action)) {
            return PageModel.super.act(action, request);
        }
        return PageProblems.attempt(() -> {
            long id = request.number("id").orElseThrow(() -> new ItemNotFoundException(0));
            Viewer viewer = viewers.of(request.viewerId());
            long reply = posts.reply(viewer, id, request.parameter("body").orElse(""), null).id();
            return "/p/forum/topic.xhtml?id=" + id + "#reply-" + reply;
        });
    }
}
