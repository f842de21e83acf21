package org.symbiose.plugins.blog;

import org.symbiose.spi.content.ItemListener;

/**
 * A part of the blog that hears what happens to items (notices, caches). The core takes one item
 * listener per plugin, {@link BlogListeners}, which hands every event to each part registered as a
 * Declarative Services component with {@code service = BlogListener.class}.
 */
public interface BlogListener extends ItemListener {
}
