package org.symbiose.web.rest.content;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.symbiose.api.content.ContentStore;

/**
 * An edit; absent fields stay as they are. {@code version} stands in for If-Match. Each tag is
 * checked by the store (constraints on list elements would break the server's OpenAPI generator).
 */
public class ItemChange {
    @Size(max = ContentStore.MAX_TITLE)
    public String title;
    @Size(min = 1, max = ContentStore.MAX_BODY)
    public String body;
    @Size(max = ContentStore.MAX_TAGS)
    public List<String> tags;
    public Map<String, Object> attributes;
    public Long version;
}
