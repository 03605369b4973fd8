package org.gongkai.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The seed reports, copied into a directory a test can ingest. */
final class Seeds {
    static final String JIANGYIN = "000_7d510606562a86a9.txt";
    static final String DISTRICT = "001_070690aef0575d3b.txt";
    static final String CHANGZHOU = "002_725613280118eb69.txt";
    static final String JINGJIANG = "003_f9624be8a21e35fd.txt";
    static final String YANCHI = "004_2e5524cc18545b14.txt";
    static final List<String> ALL = List.of(JIANGYIN, DISTRICT, CHANGZHOU, JINGJIANG, YANCHI);

    private Seeds() {}

    static Path copy(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String name : ALL) Files.write(dir.resolve(name), bytes(name));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }
}
