package org.symbiose.plugins.blog.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiose.plugins.blog.testing.Blogging.AUTHOR;
import static org.symbiose.plugins.blog.testing.Blogging.EDITOR;
import static org.symbiose.plugins.blog.testing.Blogging.MANAGER;
import static org.symbiose.plugins.blog.testing.Blogging.READER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.blog.testing.Blogging;

class TeamRightsTest {

    private final Blogging world = new Blogging();

    @Test
    void officialBlogsAreTheManagersAndNamesAreUnique() {
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> world.blogs.create(input("brand", true), AUTHOR)).type());
        Blog blog = world.blogs.create(input("brand", true), MANAGER);
        assertEquals(blog, world.blogs.byName("brand").orElseThrow());
        assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class,
                () -> world.blogs.create(input("brand", true), MANAGER)).type());
        assertEquals(1, world.store.size(), "the refused one wrote nothing");
        assertEquals(List.of(new TeamMember(MANAGER, "Member 1", BlogRole.OWNER)), world.blogs.team(blog));
    }

    @Test
    void memberBlogsFollowTheSettingAndTrustLevel() {
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> world.blogs.create(input("mine", false), AUTHOR)).type());
        world.community.set("blog.member-blogs", "true");
        world.community.set("blog.member-blog-trust", "1");
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> world.blogs.create(input("mine", false), READER)).type(), "trust level 0");
        Blog mine = world.blogs.create(input("mine", false), AUTHOR);
        assertTrue(world.blogs.manages(mine, AUTHOR));
        assertFalse(mine.official());
    }

    @Test
    void theTeamDecidesWhoWritesPublishesAndEdits() {
        BlogInput reviewed = input("team", true);
        reviewed.reviewRequired = true;
        Blog blog = world.blogs.create(reviewed, MANAGER);
        world.blogs.setTeam(blog, List.of(new TeamMember(MANAGER, "", BlogRole.OWNER),
                new TeamMember(EDITOR, "", BlogRole.EDITOR), new TeamMember(AUTHOR, "", BlogRole.AUTHOR)), MANAGER);
        assertTrue(world.blogs.mayWrite(blog, AUTHOR));
        assertFalse(world.blogs.mayPublish(blog, AUTHOR));
        assertTrue(world.blogs.mayPublish(blog, EDITOR));
        assertTrue(world.blogs.mayEdit(blog, AUTHOR, AUTHOR));
        assertFalse(world.blogs.mayEdit(blog, EDITOR, AUTHOR));
        assertTrue(world.blogs.mayEdit(blog, AUTHOR, EDITOR));
        assertFalse(world.blogs.mayWrite(blog, READER));
        assertEquals(java.util.Map.of(blog.id(), BlogRole.AUTHOR), world.blogs.blogsOf(AUTHOR));

        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class, () -> world.blogs.setTeam(blog,
                List.of(new TeamMember(AUTHOR, "", BlogRole.OWNER)), EDITOR)).type());
        assertEquals("team", assertThrows(ProblemException.class, () -> world.blogs.setTeam(blog,
                List.of(new TeamMember(AUTHOR, "", BlogRole.AUTHOR)), MANAGER)).field());
        world.blogs.setTeam(blog, List.of(new TeamMember(EDITOR, "", BlogRole.OWNER)), MANAGER);
        assertEquals("blog.team " + blog.id() + " 1:OWNER 2:EDITOR 3:AUTHOR -> 2:OWNER", world.community.audited.get(1));
        assertFalse(world.blogs.mayWrite(blog, AUTHOR), "removed from the team");
        assertTrue(world.blogs.blogsOf(AUTHOR).isEmpty());
    }

    private static BlogInput input(String name, boolean official) {
        BlogInput input = new BlogInput();
        input.name = name;
        input.title = "Blog " + name;
        input.official = official;
        return input;
    }
}
