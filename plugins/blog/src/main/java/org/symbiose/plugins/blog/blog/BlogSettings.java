package org.symbiose.plugins.blog.blog;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.setting.Settings;
import org.symbiose.spi.setting.Setting;
import org.symbiose.spi.setting.SettingsDeclaration;

/** Whether members open blogs of their own, and from which trust level. */
@Component(service = {BlogSettings.class, SettingsDeclaration.class})
public class BlogSettings implements SettingsDeclaration {

    static final String MEMBER_BLOGS = "blog.member-blogs";
    static final String MEMBER_BLOG_TRUST = "blog.member-blog-trust";

    @Reference
    private Settings settings;

    @Override
    public List<Setting> settings() {
        return List.of(
                new Setting(MEMBER_BLOGS, "Whether members may open blogs of their own", "false", "true|false"),
                new Setting(MEMBER_BLOG_TRUST, "The least trust level (0 to 4) of a member opening a blog", "2",
                        "[0-4]"));
    }

    public boolean memberBlogsAllowed() {
        return Boolean.parseBoolean(settings.value(MEMBER_BLOGS));
    }

    public int memberBlogTrust() {
        return Integer.parseInt(settings.value(MEMBER_BLOG_TRUST));
    }
}
