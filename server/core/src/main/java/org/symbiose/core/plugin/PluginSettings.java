package org.symbiose.core.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.api.setting.Settings;
import org.symbiose.core.cache.RenderedPages;
import org.symbiose.spi.setting.Setting;
import org.symbiose.spi.setting.SettingsDeclaration;

/** Plugins' settings: declared by enabled plugins with defaults and patterns, changed by administrators. */
@ApplicationScoped
@Transactional
public class PluginSettings implements Settings {

    private static final int MAX_VALUE = 2000;

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private PluginHost host;

    @Inject
    private Clock clock;

    @Inject
    private SharedCaches caches;

    @Inject
    private RenderedPages pages;

    /** The values administrators set, by key (empty: the default holds): read on every post, seldom changed. */
    private SharedCache<String, Optional<String>> changed;

    @PostConstruct
    void start() {
        changed = caches.cache("setting-values", 1000);
    }

    @Override
    public String value(String key) {
        return find(key).map(DeclaredSetting::value)
                .orElseThrow(() -> new IllegalArgumentException("No enabled plugin declares the setting " + key));
    }

    /** Every setting enabled plugins declare; a declaration outside its plugin's name space is ignored. */
    public List<DeclaredSetting> declared() {
        return declared(key -> true);
    }

    /**
     * Sets a declared setting.
     *
     * @throws PluginException if no enabled plugin declares it, or the value does not match its pattern
     */
    public DeclaredSetting change(String key, String value) {
        DeclaredSetting setting = find(key).orElseThrow(() -> new PluginException(PluginException.Kind.NOT_FOUND,
                "No enabled plugin declares the setting " + key));
        if (value.length() > MAX_VALUE || !Pattern.matches(setting.pattern(), value)) {
            throw new PluginException(PluginException.Kind.INVALID,
                    "A value of " + key + " must match " + setting.pattern() + " (at most " + MAX_VALUE + " characters)");
        }
        SettingValue stored = em.find(SettingValue.class, key);
        if (stored == null) {
            em.persist(new SettingValue(key, value, clock.instant()));
        } else {
            stored.change(value, clock.instant());
        }
        em.flush();
        changed.invalidate(key);
        pages.clear();
        return find(key).orElseThrow();
    }

    private Optional<DeclaredSetting> find(String key) {
        return declared(key::equals).stream().findFirst();
    }

    private List<DeclaredSetting> declared(Predicate<String> wanted) {
        return Declarations.collect(host, host.contributions().settingsDeclarations(), SettingsDeclaration::settings, Setting::key,
                wanted, (plugin, setting) -> new DeclaredSetting(setting.key(), plugin, setting.label(),
                        setting.defaultValue(), setting.pattern(),
                        changedValue(setting.key()).orElse(setting.defaultValue())),
                "settings");
    }

    private Optional<String> changedValue(String key) {
        return changed.get(key, k -> Optional.ofNullable(em.find(SettingValue.class, k)).map(SettingValue::value));
    }
}
