package org.symbiose.plugins.ideas;

import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.member.Permissions;
import org.symbiose.api.member.Role;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.spi.permission.Permission;
import org.symbiose.spi.permission.PermissionDeclaration;

/**
 * Who does what with suggestion boxes. Managers ({@value #MANAGE}, community managers by default)
 * create boxes, set their workflows, change statuses with an official response, merge and export;
 * moderators ({@value #MODERATE}) edit anyone's idea. Members propose, vote and comment.
 */
@Component(service = {IdeasRights.class, PermissionDeclaration.class})
public class IdeasRights implements PermissionDeclaration {

    public static final String MANAGE = "ideas.manage";
    public static final String MODERATE = "ideas.moderate";

    @Reference
    private Permissions permissions;

    @Reference
    private MemberDirectory members;

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(MANAGE,
                        "Create suggestion boxes, set their workflows, answer, merge and export ideas",
                        Role.COMMUNITY_MANAGER),
                new Permission(MODERATE, "Edit any idea of a suggestion box", Role.MODERATOR));
    }

    /** Whether the member manages boxes and their ideas. */
    public boolean manages(Long memberId) {
        return memberId != null && permissions.allows(memberId, MANAGE);
    }

    /** Whether the member edits any idea (managers do too). */
    public boolean moderates(Long memberId) {
        return memberId != null && (permissions.allows(memberId, MODERATE) || manages(memberId));
    }

    /** The member's role, empty for a visitor or an unknown id. */
    public Optional<Role> role(Long memberId) {
        return memberId == null ? Optional.empty() : members.find(memberId).map(MemberInfo::role);
    }

    /** 403 unless the member manages boxes. */
    public void requireManager(long memberId) {
        if (!manages(memberId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the suggestion boxes' managers do this");
        }
    }

    /** 403 when the member's account may not write (silenced, suspended). */
    public void requireActive(long memberId) {
        members.requireActive(memberId);
    }
}
