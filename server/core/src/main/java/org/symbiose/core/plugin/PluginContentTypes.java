package org.symbiose.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.function.Predicate;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ReadOnlyItemException;
import org.symbiose.core.content.ContentTypes;
import org.symbiose.spi.content.ContentType;

/**
 * The content types of active plugins, applied by the store. A type's plugin that throws while
 * checking is recorded and does not block the write: its rules are the plugin's, the store's own
 * rules still hold.
 */
@ApplicationScoped
public class PluginContentTypes implements ContentTypes {

    private static final Logger LOG = Logger.getLogger(PluginContentTypes.class.getName());

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private PluginHost host;

    @Inject
    private KnownContentTypes known;

    // in the database already: no need to look again on every write
    private final Set<String> remembered = ConcurrentHashMap.newKeySet();

    @Override
    public void check(ItemDraft item) {
        PluginContributions.Defined<ContentType> defined = host.contributions().contentTypes().get(item.type());
        if (defined == null) {
            requireWritable(item.type());
            return;
        }
        remember(item.type(), defined.plugin());
        ContentType type = defined.contribution();
        Map<String, String> problems;
        try {
            if (!type.statuses().contains(item.status())) {
                throw new InvalidItemException("status", item.type() + " items cannot be " + item.status());
            }
            problems = type.problems(item);
        } catch (InvalidItemException refused) {
            throw refused;
        } catch (RuntimeException e) {
            host.failed(defined.plugin(), "its type " + item.type() + " failed a check: " + e);
            return;
        }
        problems.entrySet().stream().findFirst().ifPresent(problem -> {
            throw new InvalidItemException(problem.getKey(), problem.getValue());
        });
    }

    @Override
    public void requireWritable(String type) {
        if (!host.contributions().contentTypes().containsKey(type) && em.find(KnownContentType.class, type) != null) {
            throw new ReadOnlyItemException(type);
        }
    }

    @Override
    public boolean readable(Item item, Long viewerId) {
        return ask(item.type(), type -> type.readable(item, viewerId), "read");
    }

    @Override
    public boolean writableThroughCore(String type) {
        return ask(type, ContentType::writableThroughCore, "write");
    }

    @Override
    public Set<String> activeByThemselves() {
        Set<String> types = new java.util.HashSet<>();
        host.contributions().contentTypes().forEach((key, defined) -> {
            try {
                if (!defined.contribution().activeByChildren()) {
                    types.add(key);
                }
            } catch (RuntimeException e) {
                // the default, as if the plugin had not said
                host.failed(defined.plugin(), "its type " + key + " failed to say what makes it active: " + e);
            }
        });
        return types;
    }

    /** Asks a type's plugin; a type without an active plugin allows, a plugin that fails refuses. */
    private boolean ask(String key, Predicate<ContentType> question, String what) {
        PluginContributions.Defined<ContentType> defined = host.contributions().contentTypes().get(key);
        if (defined == null) {
            return true;
        }
        try {
            return question.test(defined.contribution());
        } catch (RuntimeException e) {
            host.failed(defined.plugin(), "its type " + key + " failed to say who may " + what + ": " + e);
            return false;
        }
    }

    /** Remembers a type once; a concurrent writer that remembered it first is as good. */
    private void remember(String type, String plugin) {
        if (remembered.contains(type)) {
            return;
        }
        try {
            known.insertIfAbsent(type, plugin);
        } catch (RuntimeException raced) {
            LOG.log(Level.FINE, "Content type " + type + " remembered by another writer", raced);
        }
        remembered.add(type);
    }
}
