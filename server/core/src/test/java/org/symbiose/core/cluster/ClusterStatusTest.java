package org.symbiose.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterStatusTest {

    @Test
    void aNodeWithoutGridIsAlone() {
        assertThat(ClusterStatus.of(new DataGrid(), new ThisNode("web-1")))
                .isEqualTo(new ClusterStatus(false, 0, "web-1"));
    }
}
