package org.symbiose.core.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The value an administrator chose for a plugin's setting. */
@Entity
@Table(name = "plugin_setting")
public class SettingValue {

    @Id
    @Column(name = "setting_key")
    private String key;

    @Column(name = "setting_value", nullable = false)
    private String value;

    @Column(nullable = false)
    private Instant updated;

    protected SettingValue() {
    }

    SettingValue(String key, String value, Instant now) {
        this.key = key;
        change(value, now);
    }

    void change(String newValue, Instant now) {
        value = newValue;
        updated = now;
    }

    String value() {
        return value;
    }
}
