package org.symbiose.core.plugin;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.core.cache.RenderedPages;
import org.symbiose.core.content.ContentEvents;
import org.symbiose.core.persistence.TransactionOutcome;
import org.symbiose.spi.content.ItemListener;

/**
 * Passes the content store's changes to plugins' {@link ItemListener}s, one plugin at a time and
 * each call isolated: a listener that throws or hangs is recorded against its plugin and never
 * stops the change or the other listeners. Changes go out after their transaction commits, on
 * the server's managed executor; deletion vetoes are asked inside the transaction, with a time
 * limit.
 */
@ApplicationScoped
public class PluginItemListeners implements ContentEvents {

    private static final Logger LOG = Logger.getLogger(PluginItemListeners.class.getName());
    private static final long VETO_SECONDS = 2;

    @Inject
    private PluginHost host;

    @Inject
    private RenderedPages pages;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Override
    public void changed(Item item, ItemStatus previous, Change change) {
        // at once here, on the other nodes when the change commits: no visitor sees the page before it
        pages.changed(item.parentId(), change == Change.CREATED);
        afterCommit(switch (change) {
            case CREATED -> listener -> listener.created(item);
            case EDITED -> listener -> listener.edited(item);
            case STATUS_CHANGED -> listener -> listener.statusChanged(item, previous);
        });
    }

    @Override
    public void flagged(Item item, String reason) {
        afterCommit(listener -> listener.flagged(item, reason));
    }

    /** Called inside the import's batch transaction, on the import's thread: each plugin in turn, as the import goes. */
    @Override
    public void imported(List<Item> items) {
        pages.clear();
        host.contributions().itemListeners().forEach((plugin, listener) -> isolated(plugin, listener,
                each -> each.imported(items)));
    }

    /** Calls every listener once the transaction has committed; nothing if it rolls back. */
    private void afterCommit(Consumer<ItemListener> call) {
        TransactionOutcome.afterCommit(transactions, () -> host.contributions().itemListeners()
                .forEach((plugin, listener) -> executor.execute(() -> isolated(plugin, listener, call))));
    }

    @Override
    public List<String> deletionRefusals(Item item) {
        List<String> refusals = new ArrayList<>();
        for (Map.Entry<String, ItemListener> entry : host.contributions().itemListeners().entrySet()) {
            Future<Optional<String>> answer = executor.submit(() -> entry.getValue().refuseDeletion(item));
            try {
                answer.get(VETO_SECONDS, TimeUnit.SECONDS).ifPresent(reason -> refusals.add(reason + " (" + entry.getKey() + ")"));
            } catch (TimeoutException e) {
                answer.cancel(true);
                host.failed(entry.getKey(), "its listener took longer than " + VETO_SECONDS + " s to answer a deletion");
            } catch (ExecutionException e) {
                host.failed(entry.getKey(), "its listener failed on a deletion: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return refusals;
    }

    private void isolated(String plugin, ItemListener listener, Consumer<ItemListener> call) {
        try {
            call.accept(listener);
        } catch (RuntimeException | LinkageError e) {
            host.failed(plugin, "its listener failed: " + e);
            LOG.log(Level.WARNING, "Plugin " + plugin + "'s listener failed", e);
        }
    }
}
