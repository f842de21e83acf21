package org.symbiose.plugins.survey;

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
 * Who does what with surveys. Managers ({@value #MANAGE}, community managers by default) build,
 * publish and set up surveys, invite respondents, read results and export responses; respondents
 * are whom each survey's access admits.
 */
@Component(service = {SurveyRights.class, PermissionDeclaration.class})
public class SurveyRights implements PermissionDeclaration {

    public static final String MANAGE = "survey.manage";

    @Reference
    private Permissions permissions;

    @Reference
    private MemberDirectory members;

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(MANAGE, "Build and publish surveys, read their results and export their responses",
                Role.COMMUNITY_MANAGER));
    }

    /** Whether the member (null: a visitor) manages surveys. */
    public boolean manages(Long memberId) {
        return memberId != null && permissions.allows(memberId, MANAGE);
    }

    /** 403 unless the member manages surveys. */
    public void requireManager(long memberId) {
        if (!manages(memberId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the surveys' managers do this");
        }
    }

    /** 403 when the member's account may not write (silenced, suspended). */
    public void requireActive(long memberId) {
        members.requireActive(memberId);
    }
}
