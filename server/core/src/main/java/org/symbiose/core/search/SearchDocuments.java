package org.symbiose.core.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.symbiose.api.content.Item;
import org.symbiose.core.plugin.PluginContributions;
import org.symbiose.core.plugin.PluginHost;
import org.symbiose.core.search.index.IndexedItem;
import org.symbiose.spi.search.SearchContribution;
import org.symbiose.spi.search.SearchDocument;

/**
 * Items as the index sees them, described by their plugins' search contributions. A
 * contribution that throws or takes too long is reported, and its items indexed by default
 * rather than not at all.
 */
@ApplicationScoped
public class SearchDocuments {

    private static final long SECONDS_PER_BATCH = 5;

    @Inject
    private PluginHost host;

    @Resource
    private ManagedExecutorService executor;

    /** What to index for each item, by item id; an empty value means keep the item out. */
    public Map<Long, Optional<IndexedItem>> of(List<Item> items) {
        Map<String, PluginContributions.Defined<SearchContribution>> contributions = host.contributions().searchContributions();
        Map<Long, Optional<IndexedItem>> documents = new LinkedHashMap<>();
        Map<PluginContributions.Defined<SearchContribution>, List<Item>> byContribution = new LinkedHashMap<>();
        for (Item item : items) {
            PluginContributions.Defined<SearchContribution> contribution = contributions.get(item.type());
            if (contribution == null) {
                documents.put(item.id(), Optional.of(byDefault(item)));
            } else {
                byContribution.computeIfAbsent(contribution, c -> new ArrayList<>()).add(item);
            }
        }
        byContribution.forEach((contribution, described) -> documents.putAll(isolated(contribution, described)));
        return documents;
    }

    /** One plugin's items, described in another thread so that a stuck plugin cannot stall indexing. */
    private Map<Long, Optional<IndexedItem>> isolated(PluginContributions.Defined<SearchContribution> contribution, List<Item> items) {
        Future<Map<Long, Optional<IndexedItem>>> answer = executor.submit(() -> {
            Map<Long, Optional<IndexedItem>> described = new LinkedHashMap<>();
            for (Item item : items) {
                described.put(item.id(), described(contribution, item));
            }
            return described;
        });
        try {
            return answer.get(SECONDS_PER_BATCH, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            host.failed(contribution.plugin(), "its search contribution took longer than " + SECONDS_PER_BATCH
                    + " s for " + items.size() + " items; they are indexed by default");
        } catch (ExecutionException e) {
            host.failed(contribution.plugin(), "its search contribution failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<Long, Optional<IndexedItem>> defaults = new LinkedHashMap<>();
        items.forEach(item -> defaults.put(item.id(), Optional.of(byDefault(item))));
        return defaults;
    }

    private Optional<IndexedItem> described(PluginContributions.Defined<SearchContribution> contribution, Item item) {
        try {
            return contribution.contribution().document(item).map(document -> indexed(item, document));
        } catch (RuntimeException e) {
            host.failed(contribution.plugin(), "its search contribution failed on item " + item.id() + ": " + e);
            return Optional.of(byDefault(item));
        }
    }

    /** An item as indexed when no plugin describes it: title, body and tags, language detected. */
    public static IndexedItem byDefault(Item item) {
        return indexed(item, SearchDocument.of(item));
    }

    private static IndexedItem indexed(Item item, SearchDocument document) {
        return new IndexedItem(item.id(), item.type(), item.plugin(), item.parentId(), item.author().id(),
                item.author().displayName(), document.language(), document.title(), document.text(), item.tags(),
                document.facets(), item.status().name(), document.place(), document.link(), item.created());
    }
}
