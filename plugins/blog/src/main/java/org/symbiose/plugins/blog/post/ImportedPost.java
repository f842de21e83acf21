package org.symbiose.plugins.blog.post;

import java.time.Instant;
import java.util.List;

/**
 * A post coming from another platform (a WordPress export), with what it had there.
 *
 * @param sourceId   its id at the source, unique per blog: importing it again finds it instead
 * @param authorId   the member it is attributed to (matched or created by the importer)
 * @param title      the title
 * @param body       Markdown
 * @param excerpt    plain text, may be empty
 * @param categories category names
 * @param tags       tags
 * @param slug       its slug at the source, or null to make one from the title
 * @param state      DRAFT or PUBLISHED (SCHEDULED if {@code published} is in the future)
 * @param published  its original publication date
 * @param attributes extra attributes to keep (e.g. {@code importedPage: true}); may be empty
 */
public record ImportedPost(String sourceId, long authorId, String title, String body, String excerpt,
        List<String> categories, List<String> tags, String slug, PostState state, Instant published,
        java.util.Map<String, Object> attributes) {

    public ImportedPost {
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? List.of() : List.copyOf(tags);
        attributes = attributes == null ? java.util.Map.of() : java.util.Map.copyOf(attributes);
    }
}
