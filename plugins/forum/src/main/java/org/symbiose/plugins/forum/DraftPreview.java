package org.symbiose.plugins.forum;

import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.spi.site.PageRequest;

/**
 * A post being written, rendered as it would show, without storing anything: for the REST
 * preview and for the pages' forms, which come back with the draft and its preview when the
 * member asks for one (action {@code preview}) or when their post was refused.
 */
@Component(service = DraftPreview.class)
public class DraftPreview {

    @Reference
    private ContentStore store;

    @Reference
    private Attachments attachments;

    /** The sanitized HTML of {@code markdown}; empty for a blank text. */
    public String html(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : store.render(markdown);
    }

    /**
     * What a page shows of the draft in a form's {@code body} field: {@code draft} (the text, to
     * fill the field again), {@code previewHtml} and {@code previewProblem} (why it cannot be
     * rendered); empty strings when there is nothing to show; and {@code draftAttachments}, the
     * viewer's files the form had attached.
     */
    public Map<String, Object> ofForm(PageRequest request) {
        String draft = request.parameter("body").orElse("");
        Map<String, Object> shown = new HashMap<>(Map.of("draft", draft, "previewHtml", "", "previewProblem", ""));
        try {
            shown.put("previewHtml", html(draft));
        } catch (InvalidItemException e) {
            shown.put("previewProblem", e.getMessage());
        }
        shown.put("draftAttachments", PageMaps.of(attachments.drafted(request)));
        return shown;
    }
}
