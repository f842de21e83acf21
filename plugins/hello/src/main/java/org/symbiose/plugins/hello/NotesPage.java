package org.symbiose.plugins.hello;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/** The notes page: the latest notes, or one note ({@code ?note=<id>}), and a form to add one. */
@Component(service = PageModel.class)
public class NotesPage implements PageModel {

    static final String PAGE = "/p/hello/notes.xhtml";

    @Reference
    private ContentStore store;

    @Override
    public String name() {
        return "notes";
    }

    @Override
    public Object model(PageRequest request) {
        if (request.parameter("note").isPresent()) {
            Item note = request.number("note").flatMap(store::find).filter(item -> item.type().equals(NoteType.KEY))
                    .orElseThrow(() -> new PageNotFoundException("No such note"));
            return Map.of("notes", List.of(note.body()), "canWrite", false);
        }
        return Map.of("notes", store.query(new ItemQuery(NoteType.KEY, null, null, null, null, null, null, 10)).items().stream()
                .map(Item::body).toList(), "canWrite", request.canPost());
    }

    @Override
    public PageAction act(String action, PageRequest request) {
        if (!"add".equals(action) || request.viewerId() == null || !request.canPost()) {
            return PageAction.refused(Map.of("", "Sign in to write a note"));
        }
        String body = request.parameter("body").map(String::strip).orElse("");
        if (body.isEmpty()) {
            return PageAction.refused(Map.of("", "Write something first"));
        }
        store.create(new ItemDraft(NoteType.KEY, null, null, body, null, null, null), request.viewerId());
        return PageAction.done(PAGE);
    }
}
