package org.symbiose.spi.content;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemStatus;

/**
 * A kind of item a plugin defines, for example {@code forum.topic}. Register each as an OSGi
 * service. While the plugin is active the store checks every new or edited item of this type
 * with it; while the plugin is absent, its items are kept and shown but cannot change.
 */
@ConsumerType
public interface ContentType {

    /** {@code <plugin-id>.<kind>}, lower case. */
    String key();

    /** What people call it, in {@code locale} (fr or en). */
    String name(Locale locale);

    /** The statuses its items may take; all of them unless the type says otherwise. */
    default Set<ItemStatus> statuses() {
        return EnumSet.allOf(ItemStatus.class);
    }

    /**
     * What is wrong with an item of this type, as it would be stored: field name ({@code title},
     * {@code body}, {@code attributes}, …) to message; empty when it is fine.
     */
    default Map<String, String> problems(ItemDraft item) {
        return Map.of();
    }
}
