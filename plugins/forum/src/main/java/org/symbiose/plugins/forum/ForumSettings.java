package org.symbiose.plugins.forum;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.setting.Settings;
import org.symbiose.spi.setting.Setting;
import org.symbiose.spi.setting.SettingsDeclaration;

/** The forum's settings, declared for administrators and read as numbers. */
@Component(service = {ForumSettings.class, SettingsDeclaration.class})
public class ForumSettings implements SettingsDeclaration {

    static final String DELETE_GRACE = "forum.delete-grace-minutes";
    static final String POSTS_PER_MINUTE = "forum.posts-per-minute";
    static final String NEWCOMER_POSTS_PER_MINUTE = "forum.newcomer-posts-per-minute";

    private static final String COUNT = "[0-9]{1,4}";

    @Reference
    private Settings settings;

    @Override
    public List<Setting> settings() {
        return List.of(
                new Setting(DELETE_GRACE, "Minutes during which authors may delete their own posts", "30", COUNT),
                new Setting(POSTS_PER_MINUTE, "Most topics and replies a member may post in a minute", "6", COUNT),
                new Setting(NEWCOMER_POSTS_PER_MINUTE, "The same for a new member (trust level 0)", "2", COUNT));
    }

    public int number(String key) {
        return Integer.parseInt(settings.value(key));
    }
}
