package org.symbiose.plugins.faq;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.Permissions;
import org.symbiose.api.member.Role;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.spi.permission.Permission;
import org.symbiose.spi.permission.PermissionDeclaration;

/**
 * Who does what in the FAQ. Writers ({@value #WRITE}, moderators by default: they promote forum
 * answers) write drafts and submit them for review; editors ({@value #PUBLISH}, community managers
 * by default) also publish, arrange sections and link translations. Community managers see the
 * whole freshness list and every entry's private comments; an owner sees those of their entries.
 */
@Component(service = {FaqRights.class, PermissionDeclaration.class})
public class FaqRights implements PermissionDeclaration {

    public static final String WRITE = "faq.write";
    public static final String PUBLISH = "faq.publish";

    @Reference
    private Permissions permissions;

    @Reference
    private MemberDirectory members;

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(WRITE, "Write FAQ drafts and submit them for review", Role.MODERATOR),
                new Permission(PUBLISH, "Publish FAQ entries, arrange its sections and link translations",
                        Role.COMMUNITY_MANAGER));
    }

    /** Whether the member writes drafts (editors do too). */
    public boolean writes(Long memberId) {
        return memberId != null && (permissions.allows(memberId, WRITE) || publishes(memberId));
    }

    /** Whether the member publishes entries and arranges sections. */
    public boolean publishes(Long memberId) {
        return memberId != null && permissions.allows(memberId, PUBLISH);
    }

    /** Whether the member is a community manager (or administrator). */
    public boolean manages(Long memberId) {
        return memberId != null && members.find(memberId)
                .map(member -> member.role().includes(Role.COMMUNITY_MANAGER)).orElse(false);
    }

    /** 403 unless the member writes drafts. */
    public void requireWriter(long memberId) {
        if (!writes(memberId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the FAQ's writers write entries");
        }
    }

    /** 403 unless the member publishes. */
    public void requireEditor(long memberId) {
        if (!publishes(memberId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the FAQ's editors do this");
        }
    }
}
