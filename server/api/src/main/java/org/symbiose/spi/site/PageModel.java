package org.symbiose.spi.site;

import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The data behind a plugin's pages and the actions of their forms. Register implementations as
 * OSGi services. A page of the bundle reads a model with
 * {@code #{pluginPage.model('<plugin-id>', '<name>')}} (computed once per request), and a form
 * button runs an action with {@code action="#{pluginPage.act('<plugin-id>', '<name>', '<action>')}"}:
 * the form's fields arrive as request parameters under their HTML names. Forms are protected
 * against cross-site requests by the site.
 */
@ConsumerType
public interface PageModel {

    /** The model's name, unique within the plugin. */
    String name();

    /**
     * The data one page view shows: an object with getters, or a map. Throwing
     * {@link PageNotFoundException} answers 404.
     */
    Object model(PageRequest request);

    /** Performs {@code action}; the default knows none. */
    default PageAction act(String action, PageRequest request) {
        return PageAction.refused(Map.of("", "Unknown action " + action));
    }

    /**
     * Whether the page this model shows to visitors who are not signed in is the same for all of
     * them: then the site may keep it rendered and show it again without asking the model, until
     * content, settings or plugins change (and at the latest ten minutes later). A new item drops
     * only the pages about its parent, the item named by the address's {@code id} parameter: a page
     * showing new items elsewhere than under the item it is about must not be shared. Such a page
     * shows nothing of the request but its address and language, and no form that needs a
     * visitor's session. The default is no.
     *
     * @since 1.2
     */
    default boolean shared() {
        return false;
    }

    /**
     * What showing a kept rendering of a {@linkplain #shared() shared} page must still do, in
     * place of {@link #model}: count a view, say. The default does nothing.
     *
     * @since 1.2
     */
    default void shown(PageRequest request) {
    }

    /**
     * The item a {@linkplain #shared() shared} page is about when its address does not name it by
     * {@code id} (a permalink, say): its pages are then dropped with the pages of that item, on a
     * new child. Asked after {@link #model} when the page is to be kept; empty (the default) for a
     * page about no item, or one whose address carries its {@code id}.
     *
     * @since 1.3
     */
    default Optional<Long> about(PageRequest request) {
        return Optional.empty();
    }
}
