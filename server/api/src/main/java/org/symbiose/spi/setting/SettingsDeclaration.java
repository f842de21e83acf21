package org.symbiose.spi.setting;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The settings a plugin declares. Register one implementation per plugin as an OSGi service; keys
 * must start with the plugin id and a dot. Read them with {@link org.symbiose.api.setting.Settings}.
 */
@ConsumerType
public interface SettingsDeclaration {

    List<Setting> settings();
}
