package org.symbiose.core.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.symbiose.api.file.FileRefusedException;

class FileNamesTest {

    @Test
    void keepsThePlainLastSegment() {
        assertThat(FileNames.safe("photo.png")).isEqualTo("photo.png");
        assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.safe("C:\\Users\\me\\été 2026.jpg")).isEqualTo("été 2026.jpg");
        assertThat(FileNames.safe("a\"b<c>\r\n.txt")).isEqualTo("a_b_c___.txt");
    }

    @Test
    void refusesNamesThatSayNothing() {
        for (String bad : new String[] {null, "", "   ", "dir/", "..", "x".repeat(201)}) {
            assertThatThrownBy(() -> FileNames.safe(bad)).as(String.valueOf(bad)).isInstanceOf(FileRefusedException.class)
                    .extracting(e -> ((FileRefusedException) e).reason()).isEqualTo(FileRefusedException.Reason.BAD_NAME);
        }
    }
}
