package org.symbiose.plugins.forum;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.data.PluginData;

/**
 * Which member reacted how to which post, in {@code reaction} records keyed
 * {@code <post>:<member>:<kind>}: the store counts reactions but does not tell a member theirs,
 * which the pages need to offer "like" or "unlike".
 */
@Component(service = MemberReactions.class)
public class MemberReactions {

    static final String COLLECTION = "reaction";

    @Reference
    private PluginData data;

    public void record(long postId, long memberId, String kind, boolean reacted) {
        if (reacted) {
            data.put(COLLECTION, key(postId, memberId, kind), Map.of("reacted", true));
        } else {
            data.delete(COLLECTION, key(postId, memberId, kind));
        }
    }

    /** Those of {@code postIds} the member reacted to with {@code kind}. */
    public List<Long> reacted(Collection<Long> postIds, long memberId, String kind) {
        return postIds.stream().filter(id -> data.get(COLLECTION, key(id, memberId, kind)).isPresent()).toList();
    }

    private static String key(long postId, long memberId, String kind) {
        return postId + ":" + memberId + ":" + kind;
    }
}
