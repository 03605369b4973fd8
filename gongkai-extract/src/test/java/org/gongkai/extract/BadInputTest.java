package org.gongkai.extract;

import org.gongkai.Gongkai;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Input that is not a readable report gets a specific reason, never a stack trace or a report of zeros. */
class BadInputTest {

    @Test
    void empty_file() {
        assertThatThrownBy(() -> Gongkai.read(new byte[0], "empty.txt"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("文件为空");
    }

    @Test
    void binary_file() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> Gongkai.read(png, "scan.png"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("二进制");
        byte[] nul = "年度报告\u0000\u0000\u0000".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Gongkai.read(nul, "odd.txt"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("二进制");
    }

    @Test
    void text_that_is_not_an_annual_report() {
        byte[] text = "关于开展2021年度春季植树活动的通知\n各单位：\n为改善生态环境，现将有关事项通知如下。".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Gongkai.read(text, "notice.txt"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("不是政府信息公开工作年度报告");
    }

    @Test
    void missing_path_and_directory(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Gongkai.read(dir.resolve("nope.txt")))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("文件不存在");
        assertThatThrownBy(() -> Gongkai.read(dir))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("目录");
        Path locked = Files.writeString(dir.resolve("locked.txt"), "x");
        locked.toFile().setReadable(false);
        if (!Files.isReadable(locked)) {
            assertThatThrownBy(() -> Gongkai.read(locked)).isInstanceOf(UnreadableDocumentException.class);
        }
    }
}
