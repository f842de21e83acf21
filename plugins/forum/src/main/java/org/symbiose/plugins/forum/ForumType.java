package org.symbiose.plugins.forum;

import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.spi.content.ContentType;

/**
 * What the forum's content types share: their items are read by the forum's rules everywhere,
 * and written only through the forum's endpoints, where those rules (who posts where, how often)
 * apply. The component annotations of subclasses inherit the reference (bnd
 * {@code -dsannotations-options: inherit}).
 */
abstract class ForumType implements ContentType {

    @Reference
    // not private: Declarative Services injects only the component class's own private fields
    protected ForumReading reading;

    @Override
    public boolean readable(Item item, Long viewerId) {
        return reading.readable(item, viewerId);
    }

    @Override
    public boolean writableThroughCore() {
        return false;
    }
}
