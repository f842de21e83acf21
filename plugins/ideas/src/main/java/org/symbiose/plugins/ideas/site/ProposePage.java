package org.symbiose.plugins.ideas.site;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.ideas.box.Box;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.idea.Idea;
import org.symbiose.plugins.ideas.idea.IdeaInput;
import org.symbiose.plugins.ideas.idea.Ideas;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * The idea form ({@code propose.xhtml?box=}, {@code &id=} to edit one): title, Markdown
 * description, tags. While the member types the title, the page's script asks the box's
 * {@code similar} endpoint and offers those ideas to vote for instead. Actions {@code propose} and
 * {@code save} ({@code version}); a refusal keeps what was typed on the form.
 */
@Component(service = PageModel.class)
public class ProposePage implements PageModel {

    @Reference
    private Boxes boxes;

    @Reference
    private Ideas ideas;

    @Override
    public String name() {
        return "propose";
    }

    @Override
    public Object model(PageRequest request) {
        Box box = box(request);
        Optional<Idea> idea = edited(request);
        boolean back = request.parameter("title").isPresent();
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("box", Map.of("id", box.id(), "title", box.title(), "link", box.link()));
        shown.put("editing", idea.isPresent());
        shown.put("id", idea.map(Idea::id).map(String::valueOf).orElse(""));
        shown.put("version", idea.map(Idea::version).orElse(0L));
        shown.put("title", back ? request.parameter("title").orElse("") : idea.map(Idea::title).orElse(""));
        shown.put("body", back ? request.parameter("body").orElse("") : idea.map(Idea::body).orElse(""));
        shown.put("tags", back ? request.parameter("tags").orElse("")
                : idea.map(found -> String.join(", ", found.tags())).orElse(""));
        return shown;
    }

    @Override
    public PageAction act(String action, PageRequest request) {
        return switch (action) {
            case "propose" -> PageAction.attempt(() -> ideas.create(box(request).id(), input(request), viewer(request)).link());
            case "save" -> PageAction.attempt(() -> {
                Idea idea = edited(request).orElseThrow(() -> new PageNotFoundException("No idea given"));
                return ideas.edit(idea.id(), request.number("version").orElse(idea.version()), input(request),
                        viewer(request)).link();
            });
            default -> PageAction.refused(Map.of("", "Unknown action " + action));
        };
    }

    static IdeaInput input(PageRequest request) {
        IdeaInput input = new IdeaInput();
        input.title = request.parameter("title").orElse("").strip();
        input.body = request.parameter("body").orElse("");
        input.tags = Arrays.stream(request.parameter("tags").orElse("").split(",")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).distinct().toList();
        return input;
    }

    private static long viewer(PageRequest request) {
        if (request.viewerId() == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "Sign in first");
        }
        return request.viewerId();
    }

    private Box box(PageRequest request) {
        return request.number("box").flatMap(id -> boxes.find(id, request.viewerId()))
                .orElseThrow(() -> new PageNotFoundException("No such box"));
    }

    /** The idea named by {@code id}, when the viewer reads it; who may change it, the service decides on saving. */
    private Optional<Idea> edited(PageRequest request) {
        Optional<Long> id = request.number("id");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ideas.find(id.get(), request.viewerId())
                .orElseThrow(() -> new PageNotFoundException("No such idea")));
    }
}
