package org.symbiose.plugins.survey.question;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.symbiose.plugins.survey.Bilingual;
import org.symbiose.plugins.survey.JsonValues;

/**
 * An option of a choice or ranking question, a row or column of a matrix.
 *
 * @param key   stable identifier, what answers, conditions and CSV columns hold; it does not
 *              change when the label is reworded, so results stay comparable
 * @param label what respondents read
 */
public record Option(String key, Bilingual label) {

    /** What a key may be: short, and safe in a CSV column name. */
    public static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("key", key);
        map.put("label", label.toMap());
        return map;
    }

    public static Option fromMap(Map<String, Object> map, String path) {
        return new Option(JsonValues.requiredText(map, "key", path),
                Bilingual.fromMap(JsonValues.map(map, "label", path), JsonValues.at(path, "label")));
    }
}
