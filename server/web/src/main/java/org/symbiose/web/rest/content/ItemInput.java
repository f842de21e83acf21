package org.symbiose.web.rest.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.symbiose.api.content.ContentStore;

/** A new item, as a client sends it. The store checks the rest: each tag, the parent, the attributes size. */
public class ItemInput {
    @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,39}\\.[a-z][a-z0-9-]{0,39}", message = "must look like plugin.kind, in lower case")
    public String type;
    public Long parentId;
    @Size(max = ContentStore.MAX_TITLE)
    public String title;
    @NotBlank @Size(max = ContentStore.MAX_BODY)
    public String body;
    @Size(max = ContentStore.MAX_TAGS)
    public List<String> tags;
    public Map<String, Object> attributes;
}
