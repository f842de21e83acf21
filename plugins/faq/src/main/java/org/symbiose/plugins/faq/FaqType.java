package org.symbiose.plugins.faq;

import java.util.Locale;
import org.symbiose.spi.content.ContentType;

/**
 * What the FAQ's content types share: a name in French and English, and writes only through the
 * FAQ's endpoints, where its rules (editors, review, translations) apply.
 */
public abstract class FaqType implements ContentType {

    private final String key;
    private final String english;
    private final String french;

    protected FaqType(String key, String english, String french) {
        this.key = key;
        this.english = english;
        this.french = french;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? french : english;
    }

    @Override
    public boolean writableThroughCore() {
        return false;
    }
}
