package org.symbiose.api.setting;

import org.osgi.annotation.versioning.ProviderType;

/** The current value of declared settings. A service in the registry. */
@ProviderType
public interface Settings {

    /**
     * The value administrators set for {@code key}, else its declared default.
     *
     * @throws IllegalArgumentException if no enabled plugin declares {@code key}
     */
    String value(String key);
}
