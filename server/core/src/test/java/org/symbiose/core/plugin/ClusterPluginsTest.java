package org.symbiose.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.symbiose.core.TestDatabase;

/** Two nodes on one database: a plugin switched off on one is off on the other, and each node's states are listed. */
class ClusterPluginsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private static PluginInfo plugin(String id, String version, String state, String lastError) {
        return new PluginInfo(id, id, version, state, true, List.of(), List.of(), lastError, 0, List.of(), List.of());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void switchesAndStatesAreSharedByTheNodes(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "cluster-plugins")) {
            ClusterPlugins a = new ClusterPlugins(database.dataSource(), "node-a", CLOCK);
            ClusterPlugins b = new ClusterPlugins(database.dataSource(), "node-b", CLOCK);
            a.takeOver(Files.write(data.resolve("plugins-disabled.txt"), List.of("old", "")));
            assertThat(data.resolve("plugins-disabled.txt")).doesNotExist();

            a.setEnabled("forum", false);
            assertThat(a.enabled("forum")).isFalse();
            assertThat(b.enabled("forum")).as("until it reads again").isTrue();
            b.refresh();
            assertThat(b.enabled("forum")).isFalse();
            assertThat(b.enabled("old")).as("taken over from the former file").isFalse();
            b.setEnabled("forum", true);
            b.setEnabled("forum", true);
            a.refresh();
            assertThat(a.enabled("forum")).isTrue();

            a.record(List.of(plugin("forum", "1.0.0", "ACTIVE", null), plugin("hello", "1.0.0", "ACTIVE", null)));
            b.record(List.of(plugin("forum", "1.1.0", "INSTALLED", "could not start")));
            a.record(List.of(plugin("forum", "1.0.0", "ACTIVE", null)));

            assertThat(a.states().get("forum")).containsExactly(
                    new PluginNodeState("node-a", "1.0.0", "ACTIVE", null, CLOCK.instant()),
                    new PluginNodeState("node-b", "1.1.0", "INSTALLED", "could not start", CLOCK.instant()));
            assertThat(b.states()).as("hello was removed from node-a").doesNotContainKey("hello");
        }
    }
}
