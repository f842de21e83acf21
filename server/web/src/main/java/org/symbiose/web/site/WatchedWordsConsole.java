package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.member.Role;
import org.symbiose.core.moderation.WatchedRule;
import org.symbiose.core.moderation.WatchedWord;
import org.symbiose.core.moderation.WatchedWords;

/** The console's watched words: moderators read them, community managers add and remove them. */
@Named
@RequestScoped
public class WatchedWordsConsole {

    @Inject
    private WatchedWords words;

    @Inject
    private Visitor visitor;

    @Inject
    private Feedback feedback;

    private List<WatchedRule> rules;
    private String pattern;
    private boolean regex;
    private String action = WatchedWord.Action.REVIEW.name();
    private String replacement;

    public List<WatchedRule> getRules() {
        if (rules == null) {
            rules = words.rules();
        }
        return rules;
    }

    public List<WatchedWord.Action> getActions() {
        return List.of(WatchedWord.Action.values());
    }

    /** Whether the visitor may change the list: community managers and above. */
    public boolean isEditor() {
        return visitor.member().filter(m -> m.getRole().includes(Role.COMMUNITY_MANAGER)).isPresent();
    }

    public void add() {
        if (!isEditor()) {
            feedback.page(FacesMessage.SEVERITY_ERROR, "words.refused");
            return;
        }
        WatchedWord.Action chosen = getActions().stream().filter(known -> known.name().equals(action)).findFirst().orElse(null);
        try {
            words.add(pattern, regex, chosen, replacement == null || replacement.isBlank() ? null : replacement,
                    visitor.getMember().getId());
        } catch (InvalidItemException refused) {
            feedback.error("words.invalid", refused.getMessage());
            return;
        }
        feedback.page(FacesMessage.SEVERITY_INFO, "words.added");
        pattern = null;
        replacement = null;
        rules = null;
    }

    public void remove(long id) {
        if (!isEditor()) {
            feedback.page(FacesMessage.SEVERITY_ERROR, "words.refused");
            return;
        }
        words.remove(id, visitor.getMember().getId());
        feedback.page(FacesMessage.SEVERITY_INFO, "words.removed");
        rules = null;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public boolean isRegex() {
        return regex;
    }

    public void setRegex(boolean regex) {
        this.regex = regex;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }
}
