package org.symbiose.plugins.forum;

import java.util.List;
import java.util.TreeMap;
import org.symbiose.api.content.Item;

/**
 * Stamps of posts as shown: a string (some sixty characters a post) that changes whenever what a
 * reader sees of them changes, hashed into an answer's validator with the rest, so that the
 * validator is decided without building the answer. Built from what is the same on every node
 * (ids, versions, sorted counts and attributes), so every node gives a post the same.
 */
final class Stamps {

    private Stamps() {
    }

    /** The stamp of a topic and a page of its replies. */
    static String of(Item topic, List<Item> replies) {
        StringBuilder state = new StringBuilder(64 + 48 * replies.size());
        append(state, topic);
        for (Item reply : replies) {
            append(state, reply);
        }
        return state.toString();
    }

    /** The stamp of posts in a list. */
    static String of(List<Item> posts) {
        StringBuilder state = new StringBuilder(48 * posts.size());
        for (Item post : posts) {
            append(state, post);
        }
        return state.toString();
    }

    private static void append(StringBuilder state, Item post) {
        // reactions, votes and attributes (pinned, accepted…) may change without a new version
        state.append(post.id()).append(':').append(post.version()).append(':').append(post.status())
                .append(':').append(post.score()).append(':').append(new TreeMap<>(post.reactions()))
                .append(':').append(new TreeMap<>(post.attributes())).append(':').append(post.author()).append(';');
    }
}
