package org.symbiose.plugins.ideas.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.ideas.IdeasWorld;
import org.symbiose.plugins.ideas.box.BoxInput;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageRequest;

/** The pages' models and actions on the plugin's services over the API's fakes: what a member and a manager go through. */
class PagesOnTheFakesTest {

    private final IdeasWorld world = new IdeasWorld();
    private final ProposePage propose = wired(new ProposePage());
    private final IdeaPage idea = wired(new IdeaPage());
    private final BoxPage boxPage = wired(new BoxPage());
    private final RoadmapPage roadmap = wired(new RoadmapPage());

    @Test
    void aMemberVotesUntilTheBudgetIsSpentAndAManagersAnswerReachesTheRoadmap() {
        BoxInput input = new BoxInput();
        input.title = "Mobile app";
        input.voteBudget = 1;
        long box = world.boxes.create(input, IdeasWorld.MANAGER).id();
        PageAction proposed = propose.act("propose", request(IdeasWorld.ANN, "box", box, "title", "Dark mode",
                "body", "At *night*", "tags", "display, night"));
        assertNull(proposed.redirect() == null ? proposed.problems().toString() : null);
        long first = Long.parseLong(proposed.redirect().replaceAll(".*id=", ""));
        long second = world.ideas.create(box, ideaInput("Offline"), IdeasWorld.ANN).id();

        assertEquals(Map.of("unlimited", false, "total", 1, "left", 1, "spent", false), model(idea, IdeasWorld.BOB, first).get("budget"));
        assertEquals("/p/ideas/idea.xhtml?id=" + first + "#ideas-vote", idea.act("vote", request(IdeasWorld.BOB, "id", first)).redirect());
        Map<String, Object> voted = model(idea, IdeasWorld.BOB, first);
        assertEquals(true, voted.get("voted"));
        assertEquals(true, ((Map<?, ?>) voted.get("budget")).get("spent"));
        PageAction refused = idea.act("vote", request(IdeasWorld.BOB, "id", second));
        assertNull(refused.redirect());
        assertTrue(refused.problems().values().iterator().next().contains("1 votes"), refused.problems().toString());

        PageAction answered = idea.act("respond", request(IdeasWorld.MANAGER, "id", first, "status", "under-review",
                "response", "We **look** at it"));
        assertNotNull(answered.redirect(), answered.problems().toString());
        Map<String, Object> shown = model(idea, null, first);
        assertEquals("Under review", ((Map<?, ?>) ((Map<?, ?>) shown.get("idea")).get("status")).get("label"));
        assertTrue(((Map<?, ?>) shown.get("response")).get("html").toString().contains("look"), "the response shows");
        assertNull(shown.get("budget"), "a visitor has no budget");
        PageAction itself = idea.act("merge", request(IdeasWorld.MANAGER, "id", first, "into", first));
        assertNull(itself.redirect(), "a merge into itself is refused");

        Map<String, Object> columns = model(roadmap, null, "box", box);
        List<?> underReview = (List<?>) ((List<Map<?, ?>>) columns.get("columns")).stream()
                .filter(column -> column.get("key").equals("under-review")).findFirst().orElseThrow().get("ideas");
        assertEquals(first, ((Map<?, ?>) underReview.get(0)).get("id"));
        List<?> mine = (List<?>) model(boxPage, IdeasWorld.BOB, "id", box, "tab", "voted").get("ideas");
        assertEquals(1, mine.size(), "the member's votes tab");
    }

    private static org.symbiose.plugins.ideas.idea.IdeaInput ideaInput(String title) {
        org.symbiose.plugins.ideas.idea.IdeaInput input = new org.symbiose.plugins.ideas.idea.IdeaInput();
        input.title = title;
        input.body = "";
        input.tags = List.of();
        return input;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> model(PageModel page, Long viewer, Object... parameters) {
        return (Map<String, Object>) page.model(request(viewer, parameters));
    }

    private static Map<String, Object> model(IdeaPage page, Long viewer, long id) {
        return model((PageModel) page, viewer, "id", id);
    }

    private static PageRequest request(Long viewer, Object... parameters) {
        Map<String, List<String>> values = new java.util.HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            values.put((String) parameters[i], List.of(String.valueOf(parameters[i + 1])));
        }
        return new PageRequest(values, viewer, viewer != null, Locale.ENGLISH);
    }

    /** The page with its {@code @Reference} fields set to the world's services, the world's rights among them. */
    private <T> T wired(T page) {
        List<Object> services = new java.util.ArrayList<>();
        for (Field field : IdeasWorld.class.getFields()) {
            services.add(get(field, world));
        }
        services.add(get(field(world.boxes.getClass(), "rights"), world.boxes));
        for (Field field : page.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            services.stream().filter(service -> service != null && field.getType().isInstance(service)).findFirst()
                    .ifPresent(service -> set(field, page, service));
        }
        return page;
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object get(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return Modifier.isStatic(field.getModifiers()) ? null : field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field field, Object owner, Object value) {
        try {
            field.setAccessible(true);
            field.set(owner, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
