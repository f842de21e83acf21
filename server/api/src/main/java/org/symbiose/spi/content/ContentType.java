package org.symbiose.spi.content;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;
import org.symbiose.api.content.Item;
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

    /**
     * Whether {@code viewerId} ({@code null}: a visitor) may read {@code item} through the core's
     * item endpoints ({@code /api/v1/items}), beyond the status rules the core applies itself.
     * A plugin with private places (a members-only category) says no for them.
     */
    default boolean readable(Item item, Long viewerId) {
        return true;
    }

    /**
     * Whether members may create, edit, delete, react to and vote on items of this type through
     * the core's item endpoints. A plugin whose items follow rules of their own (who may post
     * where, rate limits) answers false: its items are then written only through its endpoints.
     */
    default boolean writableThroughCore() {
        return true;
    }

    /**
     * What makes items of this type active, the moment {@link org.symbiose.api.content.ItemOrder#ACTIVITY}
     * lists by: true (the default), their creation and then each publication of one of their children (a
     * topic by its last reply); false, their own publication only, each time they are published (a blog
     * post by when it came out, whatever its comments, so that a post written long ago and published
     * today lists first).
     *
     * @since 1.5
     */
    default boolean activeByChildren() {
        return true;
    }
}
