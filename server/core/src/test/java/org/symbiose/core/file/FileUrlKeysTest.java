package org.symbiose.core.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileUrlKeysTest {

    @TempDir
    Path root;

    @Test
    void anAddressCarriesAKeyOnlyTheSecretGives() {
        FileUrlKeys keys = new FileUrlKeys(root.resolve("url-key"));
        String url = keys.url(42);
        String key = url.substring(url.indexOf("?key=") + 5);

        assertThat(url).matches("/api/v1/files/42\\?key=[A-Za-z0-9_-]{22}");
        assertThat(keys.matches(42, key)).isTrue();
        assertThat(keys.matches(43, key)).as("another file's").isFalse();
        assertThat(keys.matches(42, null)).isFalse();
        assertThat(keys.matches(42, "")).isFalse();
        assertThat(keys.matches(42, key.substring(1))).isFalse();
        assertThat(keys.url(43)).isNotEqualTo(keys.url(42).replace("42?", "43?"));
        assertThat(new FileUrlKeys(root.resolve("url-key")).url(42)).as("the secret is kept").isEqualTo(url);
        assertThat(new FileUrlKeys(root.resolve("other/url-key")).url(42)).as("another installation").isNotEqualTo(url);
    }

    @Test
    void theSecretIsMadeAtFirstUseReadableByItsOwnerOnly() throws IOException {
        Path secret = root.resolve("files/url-key");
        FileUrlKeys keys = new FileUrlKeys(secret);
        assertThat(secret).doesNotExist();

        keys.url(1);

        assertThat(Files.size(secret)).isEqualTo(32);
        if (Files.getFileAttributeView(secret, PosixFileAttributeView.class) != null) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        }
        try (var left = Files.list(secret.getParent())) {
            assertThat(left).containsExactly(secret);
        }
    }

    @Test
    void aDamagedSecretIsRefusedRatherThanReplaced() throws IOException {
        Path secret = Files.writeString(root.resolve("url-key"), "short");

        assertThatThrownBy(() -> new FileUrlKeys(secret).url(1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must hold 32 bytes");
        assertThat(Files.readString(secret)).isEqualTo("short");
    }
}
