package org.symbiose.web.site;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.symbiose.core.member.Member;
import org.symbiose.core.member.Members;
import org.symbiose.core.member.ProfileChange;

/**
 * The language of the pages: the signed-in member's own; otherwise the one the visitor picked with
 * the language switch; otherwise the browser's preferred one among those the site speaks;
 * otherwise the site's default.
 */
@Named("language")
@SessionScoped
public class LanguageChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Visitor visitor;

    @Inject
    private Members members;

    /** The visitor's pick with the language switch, or null. */
    private String picked;

    /** The page language as a language tag: "fr" or "en". */
    public String getTag() {
        return visitor.member().map(Member::getLocale).filter(Members.LOCALES::contains)
                .or(() -> Optional.ofNullable(picked))
                .orElseGet(LanguageChoice::browserPreference);
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getTag());
    }

    /** The languages the site speaks. */
    public List<String> getTags() {
        return Members.LOCALES;
    }

    /**
     * Switches the pages to {@code tag}. A member's language is part of their profile, so for a
     * member the switch changes the profile too: otherwise it would be overruled on the next page.
     */
    public String choose(String tag) {
        if (!Members.LOCALES.contains(tag)) {
            return null;
        }
        picked = tag;
        visitor.member().filter(m -> !tag.equals(m.getLocale()))
                .ifPresent(m -> members.updateProfile(m.getId(), m.getVersion(), new ProfileChange(null, null, null, tag)));
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId + "?faces-redirect=true&includeViewParams=true";
    }

    private static String browserPreference() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // Not getRequestLocales(): without an Accept-Language header it answers the server's locale.
        return preferred(external.getRequestHeaderMap().get("Accept-Language"));
    }

    /**
     * The language of the pages for a visitor who is not signed in and picked none: the first the
     * site speaks of those an {@code Accept-Language} header (or null) names, else the default.
     */
    public static String preferred(String header) {
        String found = null;
        if (header != null) {
            try {
                found = Locale.lookupTag(Locale.LanguageRange.parse(header), Members.LOCALES);
            } catch (IllegalArgumentException malformed) {
                // A header the JDK cannot parse says nothing usable about the visitor's languages.
            }
        }
        return found == null ? Members.LOCALES.get(0) : found;
    }
}
