package org.symbiose.plugins.blog.atompub;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.data.PluginData;
import org.symbiose.api.file.FileRefusedException;
import org.symbiose.api.file.FileStore;
import org.symbiose.api.file.StoredFile;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.Blogs;

/**
 * Files a blog's team uploads from a remote editor (AtomPub's media collection, MetaWeblog's newMediaObject):
 * kept in the core's file store, and listed per blog so that the media collection shows them.
 */
@Component(service = BlogMedia.class)
public class BlogMedia {

    static final String MEDIA = "media";

    @Reference
    private FileStore files;

    @Reference
    private PluginData data;

    @Reference
    private Blogs blogs;

    /**
     * Stores a file for the blog.
     *
     * @throws ProblemException 403 for someone off the blog's team; the file store's refusals as 413 (too large),
     *                          415 (a type not allowed), 400 (a bad name), 422 (the daily quota)
     */
    public StoredFile upload(Blog blog, long memberId, String name, String declaredType, InputStream content) {
        if (!blogs.mayWrite(blog, memberId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You are not on this blog's team");
        }
        StoredFile file;
        try {
            file = files.store(memberId, name == null || name.isBlank() ? "upload" : name, declaredType, content);
        } catch (FileRefusedException e) {
            throw refusal(e);
        }
        data.put(MEDIA, key(blog, file.id()), Map.of("file", BigDecimal.valueOf(file.id())));
        return file;
    }

    /** The blog's uploaded files, newest first. */
    public List<StoredFile> list(Blog blog, int limit) {
        return data.list(MEDIA, blog.id() + "/", limit).stream()
                .map(record -> files.find(((Number) record.value().get("file")).longValue()))
                .flatMap(Optional::stream).toList();
    }

    /** One of the blog's uploaded files. */
    public Optional<StoredFile> find(Blog blog, long fileId) {
        return data.get(MEDIA, key(blog, fileId)).flatMap(record -> files.find(fileId));
    }

    /**
     * Removes an uploaded file: its uploader, or a moderator (the file store decides).
     *
     * @throws ProblemException 404 if the blog has no such file, 403 if the member may not remove it
     */
    public void delete(Blog blog, long fileId, long memberId) {
        if (find(blog, fileId).isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "This blog has no uploaded file " + fileId);
        }
        try {
            files.delete(fileId, memberId);
        } catch (FileRefusedException e) {
            throw refusal(e);
        }
        data.delete(MEDIA, key(blog, fileId));
    }

    // newest first in the store's key order
    private static String key(Blog blog, long fileId) {
        return blog.id() + "/" + String.format("%019d", Long.MAX_VALUE - fileId);
    }

    private static ProblemException refusal(FileRefusedException e) {
        ProblemType type = switch (e.reason()) {
            case TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE;
            case TYPE_NOT_ALLOWED -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case BAD_NAME -> ProblemType.VALIDATION;
            case QUOTA_EXCEEDED -> ProblemType.LIMIT_EXCEEDED;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case FORBIDDEN -> ProblemType.FORBIDDEN;
        };
        return new ProblemException(type, e.getMessage());
    }
}
