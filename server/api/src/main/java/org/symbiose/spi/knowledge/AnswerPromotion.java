package org.symbiose.spi.knowledge;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns a question with its accepted answer into a draft of the knowledge base. Registered as an
 * OSGi service by the plugin that keeps the knowledge; at most one is used.
 *
 * <p>The caller has already checked that the promoter may read the question and its answer and
 * may promote it; the implementation checks what its own store requires (the promoter may write
 * drafts, the texts fit) and refuses with a {@link org.symbiose.api.rest.ProblemException}
 * otherwise, writing nothing.
 */
@ConsumerType
public interface AnswerPromotion {

    /**
     * Writes a draft from {@code answer} in one transaction and tells the answer's author.
     *
     * @param answer     what to promote and whom to credit
     * @param promoterId the member who asked for the promotion (becomes the draft's owner)
     * @return the draft written
     */
    PromotedEntry promote(PromotableAnswer answer, long promoterId);

    /**
     * The entry already promoted from the question item {@code sourceId}, if any; promoting the
     * same question twice answers the first entry instead of writing a second one.
     */
    Optional<PromotedEntry> promotedFrom(long sourceId);
}
