package org.symbiose.core.cache;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.core.cluster.DataGrid;
import org.symbiose.core.persistence.TransactionOutcome;

/**
 * This node's shared caches, the core's and the plugins' ({@link #forPlugin}), kept right across
 * the cluster: invalidations made inside a transaction are gathered and, once it commits, applied
 * here again and sent to the other nodes in one message ({@link GridInvalidations}); outside one
 * they are sent at once. Without a data grid the node is alone and its caches are local only.
 */
@ApplicationScoped
public class ClusterCaches implements SharedCaches {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,59}");

    @Inject
    private DataGrid grid;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private ManagedExecutorService executor;

    private final Map<String, NodeCache<?, ?>> caches = new ConcurrentHashMap<>();
    /** Where this instance keeps a transaction's invalidations. */
    private final Object batchKey = new Object();
    private Executor background;
    private GridInvalidations others;

    protected ClusterCaches() {
    }

    /**
     * Caches outside a container (tests).
     *
     * @param member       the data grid's member, if any
     * @param transactions the transactions' registry, or null when every call is outside one
     * @param background   where {@link SharedCache#getLater} loads
     */
    public ClusterCaches(Optional<HazelcastInstance> member, TransactionSynchronizationRegistry transactions,
            Executor background) {
        this.transactions = transactions;
        this.background = background;
        listen(member);
    }

    @PostConstruct
    void start() {
        background = executor;
        listen(grid.member());
    }

    private void listen(Optional<HazelcastInstance> member) {
        others = member.map(found -> new GridInvalidations(found, received -> received.forEach(this::applyHere),
                this::clearHere)).orElse(null);
    }

    @PreDestroy
    public void stop() {
        if (others != null) {
            others.close();
        }
    }

    @Override
    public <K, V> SharedCache<K, V> cache(String name, int capacity) {
        return named(checked(name, capacity), capacity, null);
    }

    /** The caches of {@code plugin}, in its own name space; closing them drops them from this node. */
    public PluginCaches forPlugin(String plugin) {
        return new PluginCaches(plugin, this);
    }

    @Override
    public <K, V> SharedCache<K, V> weighedCache(String name, long budget, ToIntFunction<? super V> weigher) {
        return named(checked(name, budget), budget, weigher);
    }

    @SuppressWarnings("unchecked")
    <K, V> SharedCache<K, V> named(String fullName, long bound, ToIntFunction<? super V> weigher) {
        return (SharedCache<K, V>) caches.computeIfAbsent(fullName,
                name -> new NodeCache<>(name, bound, weigher, background, this::send));
    }

    /** Forgets the caches whose names start with {@code prefix} on this node (their values may hold a stopped plugin's classes). */
    void forget(String prefix) {
        caches.keySet().removeIf(name -> name.startsWith(prefix));
    }

    /** Drops every value on this node: invalidations may have been missed. */
    public void clearHere() {
        caches.forEach((name, cache) -> cache.apply(Invalidation.all(name)));
    }

    static String checked(String name, long capacity) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A cache's name is lower case letters, digits, dots and dashes: " + name);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("A cache holds at least one value: " + capacity);
        }
        return name;
    }

    private void applyHere(Invalidation invalidation) {
        NodeCache<?, ?> cache = caches.get(invalidation.cache());
        if (cache != null) {
            cache.apply(invalidation);
        }
    }

    /** Sends once the current transaction commits, if there is one; at once if not. */
    private void send(Invalidation invalidation) {
        if (transactions != null && transactions.getTransactionKey() != null) {
            int status = transactions.getTransactionStatus();
            if (status == Status.STATUS_ACTIVE) {
                batch().add(invalidation);
                return;
            }
            if (status == Status.STATUS_MARKED_ROLLBACK) {
                // nothing will change
                return;
            }
        }
        publish(Set.of(invalidation));
    }

    @SuppressWarnings("unchecked")
    private Set<Invalidation> batch() {
        Set<Invalidation> batch = (Set<Invalidation>) transactions.getResource(batchKey);
        if (batch == null) {
            Set<Invalidation> gathered = new LinkedHashSet<>();
            transactions.putResource(batchKey, gathered);
            TransactionOutcome.afterCommit(transactions, () -> {
                // again here: a read on this node between the change and its commit may have kept the old value
                gathered.forEach(this::applyHere);
                publish(gathered);
            });
            batch = gathered;
        }
        return batch;
    }

    private void publish(Collection<Invalidation> invalidations) {
        if (others != null) {
            others.publish(invalidations);
        }
    }
}
