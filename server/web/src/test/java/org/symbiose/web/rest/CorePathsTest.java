package org.symbiose.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.symbiose.web.rest.member.AdminMembersResource;
import org.symbiose.web.rest.search.SearchResource;

class CorePathsTest {

    @Test
    void aRootResourceTakesItsFirstSegment() {
        assertThat(CorePaths.firstSegment(AdminMembersResource.class)).isEqualTo("admin");
        assertThat(CorePaths.firstSegment(SearchResource.class)).isEqualTo("search");
    }

    @Test
    void thePluginLocatorAndPlainClassesTakeNothing() {
        assertThat(CorePaths.firstSegment(PluginEndpoints.class)).isNull();
        assertThat(CorePaths.firstSegment(CorePaths.class)).isNull();
    }

    @Test
    void theSitesTopLevelPagesAndFoldersAreNames() {
        assertThat(CorePaths.siteName("/admin/")).isEqualTo("admin");
        assertThat(CorePaths.siteName("/login.xhtml")).isEqualTo("login");
        assertThat(CorePaths.siteName("/WEB-INF/")).isNull();
    }
}
