package org.symbiose.core.cache;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.topic.ITopic;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Invalidations between the nodes, on a topic of the server's data grid. Messages are arrays of
 * strings, which the grid serializes itself: no class of the application need be known where they
 * arrive. This node's own messages are not passed on (it applied them already). When members come
 * or go, or this member merges back after a split, invalidations may have been missed, and
 * {@code missed} is called.
 */
final class GridInvalidations implements AutoCloseable {

    static final String TOPIC = "symbiose.cache.invalidations";

    private static final Logger LOG = Logger.getLogger(GridInvalidations.class.getName());

    private final HazelcastInstance member;
    private final ITopic<String[]> topic;
    private final UUID messages;
    private final UUID membership;
    private final UUID lifecycle;

    GridInvalidations(HazelcastInstance member, Consumer<List<Invalidation>> received, Runnable missed) {
        this.member = member;
        this.topic = member.getTopic(TOPIC);
        this.messages = topic.addMessageListener(message -> {
            if (message.getPublishingMember() == null || !message.getPublishingMember().localMember()) {
                received.accept(Arrays.stream(message.getMessageObject()).map(Invalidation::decoded).toList());
            }
        });
        this.membership = member.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                missed.run();
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                missed.run();
            }
        });
        this.lifecycle = member.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == LifecycleEvent.LifecycleState.MERGED) {
                missed.run();
            }
        });
    }

    /** Tells the other nodes; a grid that fails is logged (the values expire anyway). */
    void publish(Collection<Invalidation> invalidations) {
        try {
            topic.publish(invalidations.stream().map(Invalidation::encoded).toArray(String[]::new));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not tell the other nodes of " + invalidations.size()
                    + " cache invalidations: their values expire within " + NodeCache.SAFETY_EXPIRY, e);
        }
    }

    /** Stops listening: the grid outlives the application (a redeployment). */
    @Override
    public void close() {
        if (member.getLifecycleService().isRunning()) {
            topic.removeMessageListener(messages);
            member.getCluster().removeMembershipListener(membership);
            member.getLifecycleService().removeLifecycleListener(lifecycle);
        }
    }
}
