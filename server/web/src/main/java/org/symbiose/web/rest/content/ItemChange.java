package org.symbiose.web.rest.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.symbiose.api.content.ContentStore;

/** An edit; absent fields stay as they are. {@code version} stands in for If-Match. */
public record ItemChange(
        @Size(max = ContentStore.MAX_TITLE) String title,
        @Size(min = 1, max = ContentStore.MAX_BODY) String body,
        @Size(max = ContentStore.MAX_TAGS) List<@NotBlank @Size(max = ContentStore.MAX_TAG) String> tags,
        Map<String, Object> attributes,
        Long version) {
}
