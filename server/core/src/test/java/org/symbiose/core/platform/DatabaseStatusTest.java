package org.symbiose.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseStatusTest {

    @Test
    void upWhenTheDatabaseAnswers() {
        assertThat(new DatabaseStatus(h2("jdbc:h2:mem:status")).up()).isTrue();
    }

    @Test
    void downWhenNoConnectionCanBeMade() {
        String missing = Path.of("target", "h2", "never-created").toAbsolutePath().toString();
        assertThat(new DatabaseStatus(h2("jdbc:h2:file:" + missing + ";IFEXISTS=TRUE")).up()).isFalse();
    }

    private static JdbcDataSource h2(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        return h2;
    }
}
