package org.symbiose.plugins.faq.freshness;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.setting.Settings;
import org.symbiose.spi.setting.Setting;
import org.symbiose.spi.setting.SettingsDeclaration;

/** After how many months without a review an entry is listed as stale. */
@Component(service = {FaqSettings.class, SettingsDeclaration.class})
public class FaqSettings implements SettingsDeclaration {

    static final String REVIEW_MONTHS = "faq.review-months";

    @Reference
    private Settings settings;

    @Override
    public List<Setting> settings() {
        return List.of(new Setting(REVIEW_MONTHS,
                "Months after which an FAQ entry not reviewed since is listed for its owner (1 to 99)", "12",
                "[1-9][0-9]?"));
    }

    public int reviewMonths() {
        return Integer.parseInt(settings.value(REVIEW_MONTHS));
    }
}
