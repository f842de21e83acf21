package org.symbiose.plugins.blog.blog;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.symbiose.api.member.Role;
import org.symbiose.spi.permission.Permission;
import org.symbiose.spi.permission.PermissionDeclaration;

/** Who opens brand blogs, and who may run any blog as if they owned it. */
@Component(service = PermissionDeclaration.class)
public class BlogPermissions implements PermissionDeclaration {

    /** Opening an official (brand) blog and naming its team. */
    public static final String OFFICIAL = "blog.official";
    /** Changing any blog's settings and team, and editing any of its posts. */
    public static final String MANAGE = "blog.manage";
    /** Deleting any blog's comments, as moderators do everywhere else. */
    public static final String MODERATE = "blog.moderate";
    /** Importing WordPress export files. */
    public static final String IMPORT = "blog.import";

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(OFFICIAL, "Open official blogs and name their teams", Role.COMMUNITY_MANAGER),
                new Permission(MANAGE, "Run any blog as its owner would", Role.COMMUNITY_MANAGER),
                new Permission(MODERATE, "Delete comments on any blog", Role.MODERATOR),
                new Permission(IMPORT, "Import WordPress export files", Role.ADMINISTRATOR));
    }
}
