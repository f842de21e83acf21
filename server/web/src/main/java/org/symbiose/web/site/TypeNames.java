package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.symbiose.core.plugin.PluginContributions;
import org.symbiose.core.plugin.PluginHost;
import org.symbiose.spi.content.ContentType;

/** Content types by their names in the page language, for pages: {@code #{typeNames.of('forum.topic')}}. */
@Named
@RequestScoped
public class TypeNames {

    @Inject
    private PluginHost host;

    @Inject
    private LanguageChoice language;

    /** A content type's name, or its key when no active plugin names it. */
    public String of(String type) {
        PluginContributions.Defined<ContentType> defined = host.contributions().contentTypes().get(type);
        if (defined == null) {
            return type;
        }
        try {
            return defined.contribution().name(language.getLocale());
        } catch (RuntimeException e) {
            host.failed(defined.plugin(), "its content type failed to give its name: " + e);
            return type;
        }
    }
}
