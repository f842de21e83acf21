package org.symbiose.web.rest.file;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.file.FileRefusedException;
import org.symbiose.api.file.StoredFile;
import org.symbiose.core.file.DataDirectoryFileStore;
import org.symbiose.web.rest.PostsContent;
import org.symbiose.web.security.CurrentMember;

/**
 * Uploaded files: members upload, anyone with the address reads; the address holds a key that
 * cannot be guessed from the id, so a file posted where only some may read is not open to all.
 * Served with the type found in their content, never sniffed by the browser, and as attachments
 * unless they are images, so an upload cannot become a page of this site.
 */
@Path("files")
@RequestScoped
public class FilesResource {

    /** Their content never changes: a year, as long as caches keep anything. */
    private static final int MAX_AGE = 365 * 24 * 3600;

    @Inject
    private DataDirectoryFileStore files;

    @Inject
    private CurrentMember current;

    @POST
    @RolesAllowed("member")
    @PostsContent
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a file: multipart/form-data with a part named file, or the bytes as the body "
            + "with ?name=; 413 too large, 415 type not allowed, 429 over the daily quota")
    public Response upload(@HeaderParam("Content-Type") String contentType, @QueryParam("name") String name,
            InputStream body, @Context UriInfo uri) throws IOException {
        long owner = current.caller().orElseThrow().id();
        StoredFile stored;
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA)) {
            MultipartForm part = MultipartForm.part(body.readAllBytes(), contentType, "file");
            stored = files.store(owner, part.fileName(), part.contentType(), part.content());
        } else {
            stored = files.store(owner, name, contentType, body);
        }
        // its url, with the key: the id alone is not an address
        return Response.created(uri.getBaseUri().resolve(stored.url())).entity(stored).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A file's bytes, with its stored type, at its url (?key= as given when stored, else 404); "
            + "answers 304 to a matching If-None-Match")
    public Response download(@PathParam("id") long id, @QueryParam("key") String key, @Context Request request) {
        // a wrong key is answered as an unknown id: nothing tells whether the file exists
        StoredFile file = files.find(id, key).orElseThrow(() -> notFound(id));
        EntityTag etag = new EntityTag(file.sha256());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE);
        cache.setNoTransform(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        Response.ResponseBuilder answer;
        if (notModified != null) {
            answer = notModified;
        } else {
            InputStream content;
            try {
                content = Files.newInputStream(files.pathOf(id));
            } catch (NoSuchFileException e) {
                throw notFound(id);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            answer = Response.ok(content, file.mediaType().equals("text/plain") ? "text/plain; charset=UTF-8" : file.mediaType())
                    .header("Content-Length", file.size())
                    .header("Content-Disposition", (file.isImage() ? "inline" : "attachment") + "; " + fileName(file.name()));
        }
        return answer.tag(etag).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                // opened on its own, a file is a document without script, even a PDF or text
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("member")
    @Operation(summary = "Delete a file: its owner, or a moderator (audited)")
    public Response delete(@PathParam("id") long id) {
        files.delete(id, current.caller().orElseThrow().id());
        return Response.noContent().build();
    }

    /** Both forms of RFC 6266: an ASCII fallback, and the exact name for the browsers that read it. */
    private static String fileName(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return "filename=\"" + ascii + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static FileRefusedException notFound(long id) {
        return new FileRefusedException(FileRefusedException.Reason.NOT_FOUND, "No file has id " + id);
    }
}
