package org.symbiose.core.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FileUrlKeysTest {

    private static byte[] secret(int fill) {
        byte[] bytes = new byte[FileUrlKeys.SECRET_BYTES];
        Arrays.fill(bytes, (byte) fill);
        return bytes;
    }

    @Test
    void anAddressCarriesAKeyOnlyTheSecretGives() {
        FileUrlKeys keys = new FileUrlKeys(() -> secret(1));
        String url = keys.url(42);
        String key = url.substring(url.indexOf("?key=") + 5);

        assertThat(url).matches("/api/v1/files/42\\?key=[A-Za-z0-9_-]{22}");
        assertThat(keys.matches(42, key)).isTrue();
        assertThat(keys.matches(43, key)).as("another file's").isFalse();
        assertThat(keys.matches(42, null)).isFalse();
        assertThat(keys.matches(42, "")).isFalse();
        assertThat(keys.matches(42, key.substring(1))).isFalse();
        assertThat(keys.url(43)).isNotEqualTo(keys.url(42).replace("42?", "43?"));
        assertThat(new FileUrlKeys(() -> secret(1)).url(42)).as("another node, same secret").isEqualTo(url);
        assertThat(new FileUrlKeys(() -> secret(2)).url(42)).as("another installation").isNotEqualTo(url);
    }

    @Test
    void theSecretIsAskedForOnceAtFirstUse() {
        int[] asked = {0};
        FileUrlKeys keys = new FileUrlKeys(() -> {
            asked[0]++;
            return secret(3);
        });
        assertThat(asked[0]).isZero();

        keys.url(1);
        keys.url(2);

        assertThat(asked[0]).isEqualTo(1);
    }

    @Test
    void aSecretOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> new FileUrlKeys(() -> new byte[5]).url(1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must hold 32 bytes");
    }
}
