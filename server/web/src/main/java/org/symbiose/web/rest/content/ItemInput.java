package org.symbiose.web.rest.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.symbiose.api.content.ContentStore;

/** A new item, as a client sends it. The store checks the rest (tags, parent, attributes size). */
public record ItemInput(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,39}\\.[a-z][a-z0-9-]{0,39}",
                message = "must look like plugin.kind, in lower case") String type,
        Long parentId,
        @Size(max = ContentStore.MAX_TITLE) String title,
        @NotBlank @Size(max = ContentStore.MAX_BODY) String body,
        @Size(max = ContentStore.MAX_TAGS) List<@NotBlank @Size(max = ContentStore.MAX_TAG) String> tags,
        Map<String, Object> attributes) {
}
