package org.symbiose.plugins.ideas.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.member.Role;
import org.symbiose.plugins.ideas.IdeasRights;
import org.symbiose.plugins.ideas.box.Box;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.idea.Idea;
import org.symbiose.plugins.ideas.idea.IdeaType;
import org.symbiose.plugins.ideas.idea.Ideas;
import org.symbiose.spi.search.SearchContribution;
import org.symbiose.spi.search.SearchDocument;

/**
 * Ideas in search ({@code type:ideas.idea}): listed ones only (a merged duplicate leaves the index),
 * in their box's language, linked to their page, with {@code box} and {@code status} facets. An
 * idea of a box open to a rank only is in that box's place, hidden from the others.
 */
@Component(service = SearchContribution.class)
public class IdeaSearch implements SearchContribution {

    /** How long the ranked boxes are remembered: searches ask on every query. */
    static final Duration REMEMBERED = Duration.ofSeconds(30);

    @Reference
    private Ideas ideas;

    @Reference
    private Boxes boxes;

    @Reference
    private IdeasRights rights;

    Clock clock = Clock.systemUTC();
    private volatile Map<String, Role> ranked;
    private volatile Instant rankedAt = Instant.MIN;

    @Override
    public String type() {
        return IdeaType.KEY;
    }

    @Override
    public Optional<SearchDocument> document(Item item) {
        Idea idea = ideas.of(item);
        if (idea.mergedInto() != null) {
            return Optional.empty();
        }
        Optional<Box> box = boxes.any(idea.boxId());
        return box.map(b -> new SearchDocument(idea.title(), idea.body(), b.language(),
                b.access().minimumRole() == null ? null : b.place(), idea.link(), Map.of())
                .withFacet("box", Long.toString(b.id())).withFacet("status", idea.status()));
    }

    @Override
    public Set<String> hiddenPlaces(Long viewerId) {
        Instant now = clock.instant();
        if (ranked == null || now.isAfter(rankedAt.plus(REMEMBERED))) {
            ranked = boxes.rankedPlaces();
            rankedAt = now;
        }
        Role role = rights.role(viewerId).orElse(null);
        return ranked.entrySet().stream().filter(e -> role == null || !role.includes(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
