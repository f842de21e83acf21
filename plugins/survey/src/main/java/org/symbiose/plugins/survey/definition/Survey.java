package org.symbiose.plugins.survey.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symbiose.plugins.survey.Bilingual;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.question.Question;

/**
 * A survey as its managers built it: the languages it is offered in, its pages of questions and
 * its quotas. Its id, author, state and dates belong to the item that stores it. {@link #toMap()}
 * is both its stored shape and what the builder sends; see the README for the size limits.
 *
 * @param languages the languages it is offered in ({@code fr}, {@code en}), every text given in each
 * @param title     its name
 * @param intro     what respondents read first, or none
 * @param pages     in order
 * @param quotas    the limits on responses
 */
public record Survey(List<String> languages, Bilingual title, Bilingual intro, List<SurveyPage> pages,
        List<Quota> quotas) {

    public Survey {
        languages = List.copyOf(languages);
        pages = List.copyOf(pages);
        quotas = List.copyOf(quotas);
    }

    /** Every question, in the order respondents meet them. */
    public List<Question> questions() {
        return pages.stream().flatMap(p -> p.questions().stream()).toList();
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The index of question {@code id} in {@link #questions()}, -1 when there is none. */
    public int position(String id) {
        List<Question> questions = questions();
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the page holding question {@code id}, -1 when there is none. */
    public int pageOf(String id) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).questions().stream().anyMatch(q -> q.id().equals(id))) {
                return i;
            }
        }
        return -1;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("languages", languages);
        map.put("title", title.toMap());
        if (!intro.isEmpty()) {
            map.put("intro", intro.toMap());
        }
        map.put("pages", pages.stream().map(SurveyPage::toMap).toList());
        map.put("quotas", quotas.stream().map(Quota::toMap).toList());
        return map;
    }

    /**
     * The survey stored (or sent) as {@link #toMap()}: its shape only; what it says is checked by
     * {@link DefinitionCheck}.
     *
     * @throws org.symbiose.plugins.survey.MalformedShape naming the path that is not of the shape
     */
    public static Survey fromMap(Map<String, Object> map) {
        List<Map<String, Object>> storedPages = JsonValues.maps(map, "pages", "");
        List<SurveyPage> pages = new ArrayList<>();
        for (int i = 0; i < storedPages.size(); i++) {
            pages.add(SurveyPage.fromMap(storedPages.get(i), "pages[" + i + "]"));
        }
        List<Map<String, Object>> storedQuotas = JsonValues.maps(map, "quotas", "");
        List<Quota> quotas = new ArrayList<>();
        for (int i = 0; i < storedQuotas.size(); i++) {
            quotas.add(Quota.fromMap(storedQuotas.get(i), "quotas[" + i + "]"));
        }
        return new Survey(JsonValues.texts(map, "languages", ""),
                Bilingual.fromMap(JsonValues.map(map, "title", ""), "title"),
                Bilingual.fromMap(JsonValues.map(map, "intro", ""), "intro"), pages, quotas);
    }
}
