package org.symbiose.api.content;

import java.util.List;
import java.util.Map;

/**
 * A change to an item's content. A null component leaves that part as it is.
 *
 * @param title      the new title, or null
 * @param body       the new Markdown body, or null
 * @param tags       the new tags (replacing the old ones), or null
 * @param attributes the new attributes (replacing the old ones), or null
 */
public record ItemEdit(String title, String body, List<String> tags, Map<String, Object> attributes) {
}
