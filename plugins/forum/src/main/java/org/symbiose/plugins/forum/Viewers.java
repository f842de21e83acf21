package org.symbiose.plugins.forum;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.member.MemberDirectory;

/** Turns a request's caller or a page's viewer id into a {@link Viewer}. */
@Component(service = Viewers.class)
public class Viewers {

    @Reference
    private MemberDirectory members;

    /** The caller of a REST request; the principal's name is the member id. */
    public Viewer of(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        return principal == null ? Viewer.visitor() : of(Long.valueOf(principal.getName()));
    }

    /** The member with this id, or a visitor for null or an unknown id. */
    public Viewer of(Long memberId) {
        return memberId == null ? Viewer.visitor() : members.find(memberId).map(Viewer::of).orElse(Viewer.visitor());
    }
}
