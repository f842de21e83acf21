package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.Role;
import org.symbiose.core.member.Member;
import org.symbiose.core.member.Members;

/** Who is looking at the page: a signed-in member, or an anonymous visitor. */
@Named
@RequestScoped
public class Visitor {

    private static final String LOGIN_REDIRECT = "/login.xhtml?faces-redirect=true";

    @Inject
    private SecurityContext security;

    @Inject
    private Members members;

    /** Read once per request: the layout asks several times per page. */
    private Optional<Member> member;

    public Optional<Member> member() {
        if (member == null) {
            member = load();
        }
        return member;
    }

    public boolean isSignedIn() {
        return member().isPresent();
    }

    /** The signed-in member, for EL; null for an anonymous visitor. */
    public Member getMember() {
        return member().orElse(null);
    }

    /** A view action for pages that only a member may see: anyone else is sent to sign in. */
    public String admitMember() {
        return isSignedIn() ? null : LOGIN_REDIRECT;
    }

    public boolean isAdministrator() {
        return member().filter(m -> m.getRole() == Role.ADMINISTRATOR).isPresent();
    }

    /**
     * A view action for administrators' pages: an anonymous visitor is sent to sign in, a member
     * who is not an administrator gets 403.
     */
    public String admitAdministrator() throws IOException {
        return admit(Role.ADMINISTRATOR);
    }

    public boolean isModerator() {
        return member().filter(m -> m.getRole().includes(Role.MODERATOR)).isPresent();
    }

    /** Community managers and administrators: they set members' trust levels. */
    public boolean isCommunityManager() {
        return member().filter(m -> m.getRole().includes(Role.COMMUNITY_MANAGER)).isPresent();
    }

    /** A view action for the moderation console: moderators and above; others as for administrators' pages. */
    public String admitModerator() throws IOException {
        return admit(Role.MODERATOR);
    }

    private String admit(Role least) throws IOException {
        if (!isSignedIn()) {
            return LOGIN_REDIRECT;
        }
        if (!member().orElseThrow().getRole().includes(least)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, "Only for the " + least.group() + " role and above");
            faces.responseComplete();
        }
        return null;
    }

    /** Where a form sends a visitor whose session ended while the form was open. */
    String signInAgain() {
        return LOGIN_REDIRECT;
    }

    private Optional<Member> load() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(caller.getName());
        } catch (NumberFormatException e) {
            // A principal the site's mechanism did not set (a container realm, say) is no member.
            return Optional.empty();
        }
        return members.find(id).filter(m -> m.getState() != AccountState.DELETED);
    }
}
