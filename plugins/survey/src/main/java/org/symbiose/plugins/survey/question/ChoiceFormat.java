package org.symbiose.plugins.survey.question;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A single or multiple choice: options, maybe followed by "other, please say". */
public sealed interface ChoiceFormat extends AnswerFormat permits SingleChoice, MultipleChoice {

    OptionList options();

    boolean otherOffered();

    /** The option keys, and {@code other} when offered: what answers hold and conditions name. */
    @Override
    default Set<String> values() {
        return SentChoices.values(options(), otherOffered());
    }

    /** The settings both kinds store; each adds its own. */
    default Map<String, Object> choiceMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        options().putInto(map, "options");
        map.put("otherOffered", otherOffered());
        return map;
    }
}
