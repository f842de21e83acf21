package org.symbiose.core.content;

import static org.symbiose.api.content.ContentStore.MAX_BODY;
import static org.symbiose.api.content.ContentStore.MAX_TAG;
import static org.symbiose.api.content.ContentStore.MAX_TAGS;
import static org.symbiose.api.content.ContentStore.MAX_TITLE;

import java.util.Collection;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.symbiose.api.content.InvalidItemException;

/**
 * The rules an item's fields obey. Each check returns the value as stored, or throws an
 * {@link InvalidItemException} naming the field.
 */
final class ContentRules {

    /** How deep items nest (categories in categories, replies to replies): a guard against loops. */
    static final int MAX_DEPTH = 100;
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}\\.[a-z][a-z0-9-]{0,39}");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*");
    private static final Pattern REACTION_KIND = Pattern.compile("[a-z][a-z0-9-]{0,29}");

    private ContentRules() {
    }

    /** The plugin that owns {@code type}: its prefix. */
    static String plugin(String type) {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new InvalidItemException("type", "The type must read <plugin>.<kind>, in lower case, for example forum.topic");
        }
        return type.substring(0, type.indexOf('.'));
    }

    static String title(String title) {
        return atMost("title", title, MAX_TITLE);
    }

    static String body(String body) {
        return atMost("body", body, MAX_BODY);
    }

    /** The tags trimmed, in lower case, without duplicates, sorted. */
    static SortedSet<String> tags(Collection<String> tags) {
        SortedSet<String> normalized = new TreeSet<>();
        for (String tag : tags) {
            String name = tag == null ? "" : tagKey(tag);
            if (name.length() > MAX_TAG || !TAG.matcher(name).matches()) {
                throw new InvalidItemException("tags", "A tag has 1 to " + MAX_TAG
                        + " letters, digits, '-' or '_', and starts with a letter or digit: " + tag);
            }
            normalized.add(name);
        }
        if (normalized.size() > MAX_TAGS) {
            throw new InvalidItemException("tags", "An item has at most " + MAX_TAGS + " tags");
        }
        return normalized;
    }

    /** A tag as stored: trimmed, in lower case. */
    static String tagKey(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }

    static String reactionKind(String kind) {
        if (kind == null || !REACTION_KIND.matcher(kind).matches()) {
            throw new InvalidItemException("kind", "A reaction kind has up to 30 lower-case letters, digits or '-'");
        }
        return kind;
    }

    static int vote(int value) {
        if (value < -1 || value > 1) {
            throw new InvalidItemException("value", "A vote is -1, 0 or 1");
        }
        return value;
    }

    private static String atMost(String field, String text, int max) {
        if (text.length() > max) {
            throw new InvalidItemException(field, "The " + field + " is longer than " + max + " characters");
        }
        return text;
    }
}
