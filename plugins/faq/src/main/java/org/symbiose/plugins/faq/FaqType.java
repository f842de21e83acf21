package org.symbiose.plugins.faq;

import java.util.Locale;
import org.symbiose.spi.content.ContentType;

/**
 * What the FAQ's content types share: their name from the plugin's texts ({@code faq.type.<kind>}),
 * and writes only through the FAQ's endpoints, where its rules (editors, review, translations) apply.
 */
public abstract class FaqType implements ContentType {

    private final String kind;

    /** A type {@code faq.<kind>}. */
    protected FaqType(String kind) {
        this.kind = kind;
    }

    @Override
    public String key() {
        return "faq." + kind;
    }

    @Override
    public String name(Locale locale) {
        return FaqTexts.say(locale, "faq.type." + kind);
    }

    @Override
    public boolean writableThroughCore() {
        return false;
    }
}
