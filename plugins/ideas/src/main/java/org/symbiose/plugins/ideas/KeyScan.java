package org.symbiose.plugins.ideas;

import java.util.ArrayList;
import java.util.List;
import org.symbiose.api.data.PluginData;

/**
 * Every record whose key starts with a prefix, though the store lists at most 1,000 at a time:
 * keys end in a member or idea id, so a full page is split by the next digit and read again.
 */
public final class KeyScan {

    static final int PAGE = 1000;

    private KeyScan() {
    }

    /** The records of {@code collection} whose keys are {@code prefix} followed by a number. */
    public static List<PluginData.Record> all(PluginData data, String collection, String prefix) {
        List<PluginData.Record> page = data.list(collection, prefix, PAGE);
        if (page.size() < PAGE) {
            return page;
        }
        List<PluginData.Record> all = new ArrayList<>();
        for (char digit = '0'; digit <= '9'; digit++) {
            all.addAll(all(data, collection, prefix + digit));
        }
        return all;
    }

    /** The number after {@code prefix} in each key. */
    public static List<Long> ids(List<PluginData.Record> records, String prefix) {
        return records.stream().map(r -> r.key().substring(prefix.length())).filter(k -> !k.contains(":"))
                .map(Long::valueOf).toList();
    }
}
