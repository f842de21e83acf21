package org.symbiose.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.symbiose.core.member.Member;
import org.symbiose.core.member.MemberException;
import org.symbiose.core.member.Members;
import org.symbiose.core.member.ProfileChange;

/**
 * The profile form. It keeps the version of the profile it showed for as long as the page is
 * open, so saving over a change made meanwhile (in another tab, say) is refused, not lost.
 */
@Named
@ViewScoped
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Visitor visitor;

    @Inject
    private Members members;

    @Inject
    private Feedback feedback;

    private long version;
    private String displayName;
    private String bio;
    private String avatarUrl;
    private String locale;

    @PostConstruct
    void read() {
        visitor.member().ifPresent(member -> {
            version = member.getVersion();
            displayName = member.getDisplayName();
            bio = member.getBio();
            avatarUrl = member.getAvatarUrl();
            locale = member.getLocale();
        });
    }

    public String save() {
        Optional<Member> member = visitor.member();
        if (member.isEmpty()) {
            return visitor.signInAgain();
        }
        // An emptied field arrives as null when empty strings are read as null; here it means "clear it".
        ProfileChange change = new ProfileChange(displayName, Objects.requireNonNullElse(bio, ""),
                Objects.requireNonNullElse(avatarUrl, ""), locale);
        try {
            members.updateProfile(member.get().getId(), version, change);
        } catch (MemberException refused) {
            feedback.refusal(refused, "profile");
            return null;
        }
        feedback.successAfterRedirect("profile.saved");
        return "/profile.xhtml?faces-redirect=true";
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }

    public void setAvatarUrl(String avatarUrl) {
        this.avatarUrl = avatarUrl;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }
}
