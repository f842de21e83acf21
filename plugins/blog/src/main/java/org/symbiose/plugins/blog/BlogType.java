package org.symbiose.plugins.blog;

import java.util.Locale;
import org.symbiose.spi.content.ContentType;

/**
 * What the blog's content types share: a name in French and English, and writes only through the
 * blog's endpoints, where its rules (team, review, schedule, comment moderation) apply.
 */
public abstract class BlogType implements ContentType {

    private final String key;
    private final String english;
    private final String french;

    protected BlogType(String key, String english, String french) {
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
