package org.symbiose.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.symbiose.core.TestDatabase;

/** Secrets kept in the database: made once by racing nodes, and taken over from a former file. */
class InstallationSecretsTest {

    @TempDir
    Path data;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void nodesMakingTheSecretAtOnceAllGetTheSame(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "secrets-race")) {
            int nodes = 8;
            ExecutorService starts = Executors.newFixedThreadPool(nodes);
            CountDownLatch ready = new CountDownLatch(nodes);
            List<Future<byte[]>> secrets = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                InstallationSecrets node = new InstallationSecrets(database.dataSource(), Clock.systemUTC());
                secrets.add(starts.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return node.secret("race", 32, data.resolve("none"));
                }));
            }
            byte[] first = secrets.get(0).get();
            for (Future<byte[]> secret : secrets) {
                assertThat(secret.get()).hasSize(32).isEqualTo(first);
            }
            starts.shutdown();
            assertThat(new InstallationSecrets(database.dataSource(), Clock.systemUTC()).secret("race", 32, null))
                    .as("kept").isEqualTo(first);
            assertThat(new InstallationSecrets(database.dataSource(), Clock.systemUTC()).secret("other", 32, null))
                    .as("another secret").isNotEqualTo(first);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSecretFileOfAnEarlierVersionIsTakenOver(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "secrets-file")) {
            byte[] former = new byte[32];
            former[0] = 42;
            Path file = Files.write(data.resolve("url-key"), former);

            assertThat(new InstallationSecrets(database.dataSource(), Clock.systemUTC()).secret("file-url-key", 32, file))
                    .isEqualTo(former);
            Files.delete(file);
            assertThat(new InstallationSecrets(database.dataSource(), Clock.systemUTC()).secret("file-url-key", 32, file))
                    .as("from the database once taken over").isEqualTo(former);
        }
    }
}
