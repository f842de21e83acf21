package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import org.symbiose.core.moderation.ItemFlag;
import org.symbiose.core.moderation.ReviewDetail;
import org.symbiose.core.moderation.ReviewEntry;
import org.symbiose.core.moderation.Reviewed;
import org.symbiose.core.notification.Notice;
import org.symbiose.web.site.plugin.PluginText;

/**
 * Reasons and causes as words in the page's language, for pages: a flag's reason
 * ({@code #{reasonWords.flag('OFF_TOPIC')}}) and a sanction's, in the words the core tells members
 * ({@link Notice#reason}), why a queue entry waits
 * ({@code #{reasonWords.detail(entry)}}), a notification's kind. The core keeps them as
 * constants and English lines; a value the site has no words for is shown as it is.
 */
@Named
@RequestScoped
public class ReasonWords {

    @Inject
    private Feedback feedback;

    @Inject
    private LanguageChoice language;

    @Inject
    private PluginText pluginText;

    /** A flag's reason ({@code SPAM}, {@code OFF_TOPIC}…), as a label. */
    public String flag(Object reason) {
        String name = String.valueOf(reason);
        return Arrays.stream(ItemFlag.Reason.values()).filter(known -> known.name().equals(name)).findFirst()
                .map(known -> sanction(known.key())).orElse(name);
    }

    /**
     * A sanction's reason ({@code spam}, {@code off-topic}, {@code escalation}…), as a label, in the
     * words the core uses to tell the member; a moderator's own key is shown as it is.
     */
    public String sanction(String reason) {
        String word = Notice.reason(reason).in(language.getTag());
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(language.getLocale()) + word.substring(1);
    }

    /** Why an entry waits: its flag's reason and the flagger's words, a spam score and its parts… */
    public String detail(Reviewed entry) {
        ReviewDetail detail = ReviewDetail.of(ReviewEntry.Cause.valueOf(entry.cause()), entry.detail());
        String text = detail.arguments().isEmpty() ? "" : detail.arguments().get(0);
        if (detail.key().startsWith("flag.")) {
            String reason = flag(detail.key().substring("flag.".length()));
            return text.isEmpty() ? reason : reason + " — " + text;
        }
        return feedback.textOr(text, "review.detail." + detail.key(), detail.arguments().toArray());
    }

    /**
     * What a notification is about: the core's kinds ({@code flag-outcome}, {@code sanction}…) in the
     * site's words, a plugin's ({@code mention}…) in the plugin's texts ({@code notification.kind.<kind>}).
     */
    public String notification(String plugin, String kind) {
        return "core".equals(plugin) ? feedback.textOr(kind, "notification.kind." + kind)
                : pluginText.getOr(plugin, "notification.kind." + kind, kind);
    }
}
