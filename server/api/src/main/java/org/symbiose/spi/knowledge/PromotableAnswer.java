package org.symbiose.spi.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A question and its accepted answer, as the discussion plugin hands them over.
 *
 * @param sourceId       the question's item id (a forum topic), kept to link both ways
 * @param sourceLink     where the question is shown on the site, site-relative (e.g. {@code /p/forum/topic.xhtml?id=7})
 * @param question       the question's title
 * @param answerMarkdown the accepted answer's body, Markdown
 * @param authorId       the member who wrote the answer (credited and told)
 * @param authorName     that member's display name at the time of promotion
 * @param language       the language the question was asked in ({@code fr} or {@code en})
 * @param tags           the question's tags
 */
public record PromotableAnswer(long sourceId, String sourceLink, String question, String answerMarkdown, long authorId,
        String authorName, String language, List<String> tags) {

    public PromotableAnswer {
        Objects.requireNonNull(sourceLink, "sourceLink");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answerMarkdown, "answerMarkdown");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(language, "language");
        tags = List.copyOf(tags);
    }
}
