package org.symbiose.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThisNodeTest {

    @TempDir
    Path data;

    @Test
    void aNameMadeOnceIsKeptAcrossRestarts() throws Exception {
        Path file = data.resolve("node-name");
        String first = ThisNode.stored(file);
        assertThat(first).isNotBlank();
        assertThat(ThisNode.stored(file)).isEqualTo(first);
        assertThat(Files.readString(file).strip()).isEqualTo(first);
    }

    @Test
    void twoDataDirectoriesGiveTwoNames() {
        assertThat(ThisNode.stored(data.resolve("a/node-name"))).isNotEqualTo(ThisNode.stored(data.resolve("b/node-name")));
    }
}
