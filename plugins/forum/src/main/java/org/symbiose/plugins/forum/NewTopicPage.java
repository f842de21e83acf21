package org.symbiose.plugins.forum;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * Starting a topic ({@code new-topic.xhtml?category=}): action {@code start} with the fields
 * {@code category}, {@code title}, {@code body} and {@code tags} (separated by commas); action
 * {@code preview} shows the form again, filled, with the message rendered.
 */
@Component(service = PageModel.class)
public class NewTopicPage implements PageModel {

    @Reference
    private Viewers viewers;

    @Reference
    private CategoryIndex index;

    @Reference
    private Posts posts;

    @Reference
    private DraftPreview preview;

    @Override
    public String name() {
        return "new-topic";
    }

    @Override
    public Object model(PageRequest request) {
        Viewer viewer = viewers.of(request.viewerId());
        long id = request.number("category").orElseThrow(() -> new PageNotFoundException("No category given"));
        CategoryNode category = index.tree().node(id, viewer).orElseThrow(() -> new PageNotFoundException("No category " + id));
        Map<String, Object> shown = new HashMap<>(preview.ofForm(request));
        shown.put("category", PageMaps.of(category));
        shown.put("canStart", request.canPost() && index.access(id).start().admits(viewer));
        shown.put("draftTitle", request.parameter("title").orElse(""));
        shown.put("draftTags", request.parameter("tags").orElse(""));
        return shown;
    }

    @Override
    public PageAction act(String action, PageRequest request) {
        if ("preview".equals(action)) {
            // staying on the page is the point: the model shows the filled form and the preview
            return PageAction.refused(Map.of());
        }
        if (!"start".equals(action)) {
            return PageModel.super.act(action, request);
        }
        return PageProblems.attempt(() -> {
            long category = request.number("category").orElseThrow(() -> new ItemNotFoundException(0));
            List<String> tags = Arrays.stream(request.parameter("tags").orElse("").split(","))
                    .map(String::strip).filter(tag -> !tag.isEmpty()).toList();
            long topic = posts.startTopic(viewers.of(request.viewerId()), category, request.parameter("title").orElse(""),
                    request.parameter("body").orElse(""), tags, Attachments.fromForm(request)).id();
            return "/p/forum/topic.xhtml?id=" + topic;
        });
    }
}
