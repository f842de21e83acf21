package org.symbiose.plugins.survey.survey;

import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.plugins.survey.SurveyTexts;
import org.symbiose.spi.content.ContentType;
import org.symbiose.spi.content.DraftChecks;

/**
 * A survey: its definition and settings in the item's attributes, its title in its first language
 * as the item's. Read by those it admits once published, by managers always; written through the
 * plugin's endpoints only, where the definition is checked.
 */
@Component(service = ContentType.class)
public class SurveyType implements ContentType {

    /** The content type of surveys. */
    public static final String KEY = "survey.survey";

    @Reference
    private Surveys surveys;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String name(Locale locale) {
        return SurveyTexts.say(locale, "survey.type.survey");
    }

    @Override
    public boolean writableThroughCore() {
        return false;
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        return DraftChecks.of(item).title("A survey needs a title").problems();
    }

    @Override
    public boolean readable(Item item, Long viewerId) {
        return surveys.readable(item, viewerId);
    }
}
