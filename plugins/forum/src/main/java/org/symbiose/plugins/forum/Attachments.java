package org.symbiose.plugins.forum;

import jakarta.ws.rs.ClientErrorException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.file.FileStore;
import org.symbiose.api.file.StoredFile;
import org.symbiose.spi.site.PageRequest;

/**
 * Files attached to a post: uploaded first through {@code /api/v1/files}, then named by id when
 * the post is written. Only the author's own files, at most {@link #MAX} per post. Their name,
 * type, size and url (with its key: the id alone does not serve a file) are kept in the post's
 * {@value #ATTRIBUTE} attribute, so showing a post needs no look-up in the file store.
 */
@Component(service = Attachments.class)
public class Attachments {

    /** Most files on one post. */
    static final int MAX = 10;

    /** The post attribute that lists them. */
    static final String ATTRIBUTE = "attachments";

    /** HTTP's "unprocessable content": the request is well formed but names files it may not use. */
    private static final int UNPROCESSABLE = 422;

    @Reference
    private FileStore files;

    /**
     * The attribute value for files {@code fileIds} attached by {@code author}, empty for none.
     *
     * @throws ClientErrorException 422 if there are too many, or one is not the author's
     */
    public List<Map<String, Object>> of(Viewer author, List<Long> fileIds) {
        if (fileIds == null || fileIds.isEmpty()) {
            return List.of();
        }
        List<Long> distinct = fileIds.stream().distinct().toList();
        if (distinct.contains(null) || distinct.size() > MAX) {
            throw new ClientErrorException("Attach between 1 and " + MAX + " files", UNPROCESSABLE);
        }
        List<Map<String, Object>> attached = new ArrayList<>();
        for (long id : distinct) {
            StoredFile file = files.find(id).filter(found -> author.isMember() && found.ownerId() == author.id())
                    .orElseThrow(() -> new ClientErrorException("File " + id + " is not one you uploaded", UNPROCESSABLE));
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("id", file.id());
            shown.put("name", file.name());
            shown.put("type", file.mediaType());
            shown.put("size", file.size());
            shown.put("url", file.url());
            attached.add(shown);
        }
        return attached;
    }

    /**
     * The files a page form names in its {@code attachments} fields.
     *
     * @throws ClientErrorException 422 if one is not a file id
     */
    static List<Long> fromForm(PageRequest request) {
        try {
            return request.parameters().getOrDefault(ATTRIBUTE, List.of()).stream().map(String::strip).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new ClientErrorException("Attach files by their id", UNPROCESSABLE);
        }
    }

    /** The viewer's own files a form that comes back names, to show them attached again; others are left out. */
    public List<Attachment> drafted(PageRequest request) {
        Long viewer = request.viewerId();
        List<Long> ids;
        try {
            ids = fromForm(request);
        } catch (ClientErrorException e) {
            return List.of();
        }
        return ids.stream().distinct().limit(MAX).map(files::find).flatMap(Optional::stream)
                .filter(file -> viewer != null && file.ownerId() == viewer)
                .map(file -> new Attachment(file.id(), file.name(), file.mediaType(), file.size(), file.url(), file.isImage()))
                .toList();
    }

    /** A post's attachments as stored in its attributes by {@link #of}. */
    static List<Attachment> shown(Map<String, Object> attributes) {
        if (!(attributes.get(ATTRIBUTE) instanceof List<?> stored)) {
            return List.of();
        }
        return stored.stream().filter(Map.class::isInstance).map(Map.class::cast).map(Attachment::of).toList();
    }

    /**
     * An attached file as a post shows it.
     *
     * @param id    the file id
     * @param name  its name
     * @param type  its media type
     * @param size  its size in bytes
     * @param url   where it is served
     * @param image whether a page shows it inline
     */
    public record Attachment(long id, String name, String type, long size, String url, boolean image) {

        static Attachment of(Map<?, ?> stored) {
            long id = ((Number) stored.get("id")).longValue();
            String type = String.valueOf(stored.get("type"));
            return new Attachment(id, String.valueOf(stored.get("name")), type, ((Number) stored.get("size")).longValue(),
                    String.valueOf(stored.get("url")), type.startsWith("image/"));
        }
    }
}
