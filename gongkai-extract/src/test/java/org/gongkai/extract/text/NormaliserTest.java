package org.gongkai.extract.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class NormaliserTest {

    private static String seed(String name) throws IOException {
        try (InputStream in = NormaliserTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Simplified text is never converted, so conversion can never rewrite a correctly printed report. */
    @Test
    void tells_traditional_reports_from_simplified_ones() throws IOException {
        assertThat(Normaliser.isTraditional(seed("002_725613280118eb69.txt"))).isTrue();
        for (String s : new String[]{"000_7d510606562a86a9.txt", "001_070690aef0575d3b.txt",
                "003_f9624be8a21e35fd.txt", "004_2e5524cc18545b14.txt"}) {
            assertThat(Normaliser.isTraditional(seed(s))).as(s).isFalse();
        }
    }

    @Test
    void strips_pinyin_glosses_but_not_abbreviations() {
        assertThat(Normaliser.normalise("常州市生態(tài)環(huán)境局", true)).isEqualTo("常州市生态环境局");
        assertThat(Normaliser.normalise("门户网站(LED)屏", false)).isEqualTo("门户网站(LED)屏");
        assertThat(Normaliser.normalise("（一）予以公开", false)).isEqualTo("（一）予以公开");
    }
}
