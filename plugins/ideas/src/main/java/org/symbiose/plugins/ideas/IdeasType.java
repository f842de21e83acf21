package org.symbiose.plugins.ideas;

import java.util.Locale;
import org.symbiose.spi.content.ContentType;

/**
 * What the ideas plugin's content types share: their name from the plugin's texts
 * ({@code ideas.type.<kind>}), and writes only through its endpoints, where the box's rules apply.
 */
public abstract class IdeasType implements ContentType {

    private final String kind;

    /** A type {@code ideas.<kind>}. */
    protected IdeasType(String kind) {
        this.kind = kind;
    }

    @Override
    public String key() {
        return "ideas." + kind;
    }

    @Override
    public String name(Locale locale) {
        return IdeasTexts.say(locale, "ideas.type." + kind);
    }

    @Override
    public boolean writableThroughCore() {
        return false;
    }
}
